import Testing
@testable import NewsCore

@Suite("Reading positions survive a change of width")
struct ReadingPositionTests {
    static let articles = RenderingFixtures.names

    @Test("a line's position finds the same line again at the same width", arguments: articles)
    func roundTripsAtOneWidth(name: String) throws {
        let rendered = DocumentRenderer(width: 40).render(try RenderingFixtures.article(name))
        for line in rendered.lines.indices {
            let found = rendered.line(for: rendered.position(atLine: line))
            #expect(rendered.position(atLine: found) == rendered.position(atLine: line))
            #expect(found <= line)
        }
    }

    @Test("after a resize the position lands on the line that shows the same text", arguments: articles)
    func roundTripsAcrossWidths(name: String) throws {
        let article = try RenderingFixtures.article(name)
        for (from, to) in [(40, 80), (80, 23), (23, 120), (120, 40)] {
            let before = DocumentRenderer(width: from).render(article)
            let after = DocumentRenderer(width: to).render(article)
            for line in before.lines.indices {
                let position = before.position(atLine: line)
                let found = after.line(for: position)
                #expect(after.position(atLine: found) <= position)
                if found + 1 < after.lines.count { #expect(after.position(atLine: found + 1) > position || after.position(atLine: found + 1) == after.position(atLine: found)) }
                // A reflowed line's first character is on the line found at the new width.
                guard case .text = before.lineInfo[line].kind, case .text = after.lineInfo[found].kind else { continue }
                let shown = before.lines[line].text.dropFirst(before.lineInfo[line].prefixCharacters)
                if let first = shown.first, !first.isWhitespace {
                    #expect(after.lines[found].text.contains(first), "\(name) \(from)→\(to): \(shown) vs \(after.lines[found].text)")
                }
            }
        }
    }

    @Test("positions number the header 0 and body block i as i + 1, and never go backwards")
    func positionsAreOrdered() throws {
        let article = try RenderingFixtures.article("tables-code")
        let rendered = DocumentRenderer(width: 30).render(article)
        #expect(rendered.position(atLine: 0) == ReadingPosition(block: 0, offset: 0))
        let positions = rendered.lineInfo.map(\.position)
        #expect(zip(positions, positions.dropFirst()).allSatisfy { $0 <= $1 })
        let blocks = Set(positions.map(\.block))
        #expect(blocks.isSuperset(of: Set(1...article.document.blocks.count)))
        #expect(rendered.line(for: ReadingPosition(block: 1, offset: 0)) == positions.firstIndex { $0.block == 1 })
    }
}
