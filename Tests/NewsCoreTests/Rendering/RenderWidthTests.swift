import Testing
@testable import NewsCore

@Suite("No rendered line is wider than the screen")
struct RenderWidthTests {
    /// Every fixture and every article of the built-in library, parsed once for all widths.
    private static let all: [Article] = {
        let fixtures = (try? RenderingFixtures.names.map(RenderingFixtures.article)) ?? []
        return fixtures + ((try? RenderingFixtures.libraryArticles()) ?? [])
    }()

    private func articles() throws -> [Article] {
        try #require(Self.all.count > RenderingFixtures.names.count)
        return Self.all
    }

    @Test("every fixture and library article fits every width from 8 to 200", arguments: Array(stride(from: 8, through: 200, by: 1)))
    func fitsWidth(width: Int) throws {
        for article in try articles() {
            let rendered = DocumentRenderer(width: width).render(article)
            for (index, line) in rendered.lines.enumerated() where DisplayWidth.of(line.text) > width {
                Issue.record("\(article.path) at width \(width), line \(index) is \(DisplayWidth.of(line.text)) wide: \(line.text)")
            }
            #expect(rendered.lines.count == rendered.lineInfo.count)
        }
    }

    @Test("no reflowed line starts with a closing mark or ends with an opening one, even in nested lists", arguments: Array(8...40))
    func keepsKinsokuInContainers(width: Int) throws {
        for article in try articles() {
            let rendered = DocumentRenderer(width: width).render(article)
            for index in rendered.lines.indices {
                guard case .text(let isLast) = rendered.lineInfo[index].kind else { continue }
                let text = rendered.lines[index].text.dropFirst(rendered.lineInfo[index].prefixCharacters)
                if index > 0, case .text(isLast: false) = rendered.lineInfo[index - 1].kind,
                   let first = text.unicodeScalars.first, Kinsoku.closing.contains(first) {
                    Issue.record("\(article.path) at width \(width), line \(index) starts with \(first): \(text)")
                }
                if !isLast, let last = text.unicodeScalars.last, Kinsoku.opening.contains(last) {
                    Issue.record("\(article.path) at width \(width), line \(index) ends with \(last): \(text)")
                }
            }
        }
    }

    @Test("the built-in library is found and renders with its references")
    func libraryIsReachable() throws {
        let library = try RenderingFixtures.libraryArticles()
        #expect(library.count >= 10)
        for article in library {
            let rendered = DocumentRenderer(width: 80).render(article)
            #expect(rendered.anchors.footnoteDefinitions.count == article.citations.count)
        }
    }
}
