import Testing
import NewsCore

/// The table and footnote examples of cmark-gfm's `extensions.txt`.
///
/// Strikethrough, autolink, tag filter and task list examples are outside newsreader's scope
/// (they are reported but not required).
@Suite("GFM conformance")
struct GFMConformanceTests {
    private static func report(sections: Set<String>) throws -> ConformanceReport {
        let examples = try SpecExamples.load("gfm-extensions-tests").filter { sections.contains($0.section) }
        return ConformanceReport(examples) { HTMLRenderer.render(MarkdownParser.parse($0)) }
    }

    @Test("every GFM table example renders as cmark-gfm renders it")
    func tables() throws {
        let report = try Self.report(sections: ["Tables"])
        print("GFM tables: \(report.summary)")
        #expect(report.total == 16)
        #expect(report.failed.map(\.number) == [])
    }

    @Test("the GFM footnote example renders as cmark-gfm renders it")
    func footnotes() throws {
        let report = try Self.report(sections: ["Footnotes"])
        print("GFM footnotes: \(report.summary)")
        #expect(report.total == 1)
        #expect(report.failed.map(\.number) == [])
    }

    @Test("the other GFM extensions are measured, not required")
    func otherExtensions() throws {
        let report = try Self.report(sections: ["Strikethroughs", "Autolinks", "HTML tag filter", "Interop", "Task lists"])
        print("GFM other extensions (not required): \(report.summary)")
        #expect(report.total > 0)
    }
}
