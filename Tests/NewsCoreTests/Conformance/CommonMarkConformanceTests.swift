import Testing
import NewsCore

/// The 655 examples of the CommonMark 0.31 spec, rendered through ``HTMLRenderer``.
@Suite("CommonMark conformance")
struct CommonMarkConformanceTests {
    /// Sections about block structure, meaningful even before inline parsing is complete.
    static let blockSections: Set<String> = [
        "Tabs", "Precedence", "Thematic breaks", "ATX headings", "Setext headings", "Indented code blocks",
        "Fenced code blocks", "HTML blocks", "Link reference definitions", "Paragraphs", "Blank lines",
        "Block quotes", "List items", "Lists",
    ]

    @Test("the fixture holds all 655 examples of CommonMark 0.31")
    func fixtureIsComplete() throws {
        let examples = try SpecExamples.load("commonmark-spec")
        #expect(examples.count == 655)
        #expect(examples.first?.section == "Tabs")
    }

    @Test("at least 95% of the CommonMark examples render exactly as the spec shows")
    func commonMarkExamples() throws {
        let examples = try SpecExamples.load("commonmark-spec")
        let report = ConformanceReport(examples) { HTMLRenderer.render(MarkdownParser.parse($0)) }
        let blocks = report.passed(inSections: Self.blockSections)
        print("CommonMark 0.31: \(report.summary)\nblock sections: \(blocks.passed)/\(blocks.total)")
        if report.passRate < 0.95 {
            Issue.record("CommonMark conformance below 95%: \(report.summary)")
        }
    }
}
