import Testing
@testable import NewsCore

@Suite("Anchors: the places a reader jumps to")
struct RenderAnchorTests {
    /// The text drawn at `column` (display columns) on `line`, `length` characters long.
    private func text(_ rendered: RenderedArticle, line: Int, column: Int, length: Int) -> String {
        var columns = 0
        var result = ""
        for character in rendered.lines[line].text {
            if columns >= column && result.count < length { result.append(character) }
            columns += DisplayWidth.of(character)
        }
        return result
    }

    @Test("each footnote reference points at the line and column where its marker is drawn", arguments: [20, 40, 80])
    func referencesPointAtTheirMarkers(width: Int) throws {
        let rendered = DocumentRenderer(width: width).render(try RenderingFixtures.article("lead-quote-lists"))
        let references = rendered.anchors.footnoteReferences
        #expect(references.map(\.label) == ["1", "2", "3", "missing"])
        for reference in references where reference.isDefined {
            #expect(text(rendered, line: reference.line, column: reference.column, length: 3) == "[\(reference.label)]")
        }
        let missing = try #require(references.last)
        #expect(!missing.isDefined)
        #expect(text(rendered, line: missing.line, column: missing.column, length: 10) == "[missing?]")
    }

    @Test("a reference jumps to its definition in the references section, unreferenced ones listed too")
    func definitionsAreJumpTargets() throws {
        let rendered = DocumentRenderer(width: 40).render(try RenderingFixtures.article("lead-quote-lists"))
        let definitions = rendered.anchors.footnoteDefinitions
        #expect(definitions.map(\.label) == ["1", "2", "3", "4"])
        for definition in definitions {
            #expect(rendered.lines[definition.line].text.hasPrefix("[\(definition.label)] "))
        }
        #expect(definitions.last?.referenceCount == 0)
        #expect(rendered.plainLines.joined().contains("(未引用)"))
        let first = try #require(rendered.anchors.footnoteReferences.first)
        #expect(rendered.anchors.definition(for: first)?.line == definitions[0].line)
        #expect(rendered.anchors.definition(for: rendered.anchors.footnoteReferences.last!) == nil)
    }

    @Test("headings are anchored on their first line, the reused 引用 heading included")
    func headingsAreAnchored() throws {
        let rendered = DocumentRenderer(width: 40).render(try RenderingFixtures.article("lead-quote-lists"))
        #expect(rendered.anchors.headings.map(\.title) == ["客户为什么离开", "谁在受益", "引用"])
        #expect(rendered.anchors.headings.map(\.level) == [3, 3, 2])
        for heading in rendered.anchors.headings {
            #expect(rendered.lines[heading.line].text == heading.title)
        }
        #expect(rendered.plainLines.filter { $0 == "引用" }.count == 1)
    }

    @Test("links keep their URL for the link list, drawn only as their text", arguments: [20, 40, 80])
    func linksAreListedNotPrinted(width: Int) throws {
        let rendered = DocumentRenderer(width: width).render(try RenderingFixtures.article("lead-quote-lists"))
        let inline = try #require(rendered.anchors.links.first)
        #expect(inline.url == "https://example.com/weekly?id=42&lang=zh")
        #expect(text(rendered, line: inline.line, column: inline.column, length: 1) == "行")
        #expect(!rendered.plainLines.joined().contains("weekly?id=42"))
        // Every citation's URL, on its own line after its definition.
        let urls = rendered.anchors.links.dropFirst().map(\.url)
        #expect(urls == ["https://example.com/a?b=1&c=2#frag", "https://example.org/x.html", "https://example.net/labs/pause"])
        for link in rendered.anchors.links.dropFirst() {
            #expect(rendered.lines[link.line].spans.last?.style == .dim)
        }
    }

    @Test("a heading added by the renderer is anchored when the article has no references heading")
    func addsReferencesHeading() {
        let article = RenderingFixtures.parse("---\ntitle: 无标题\n---\n\n正文[^1]。\n\n[^1]: 说明。\n")
        let rendered = DocumentRenderer(width: 30).render(article)
        let heading = rendered.anchors.headings.last
        #expect(heading?.title == "引用")
        #expect(rendered.anchors.footnoteDefinitions.first.map { $0.line > (heading?.line ?? 0) } == true)
    }
}
