import Foundation
import Testing
@testable import NewsCore

@Suite("Front matter: problems and hostile input")
struct FrontMatterProblemTests {
    @Test("Invalid YAML is a warning on the file line the YAML library names; simple lines are kept, the body too")
    func invalidYAML() throws {
        let result = FrontMatterParser.parse("---\ntitle: 甲\ntags: [a, b\nsummary: x\n---\n正文\n")
        let problem = try #require(result.diagnostics.first)
        #expect(problem.severity == .warning)
        #expect(problem.message.hasPrefix("invalid YAML front matter"))
        #expect(problem.message.hasSuffix("recovered 'title', 'summary' from its simple key: value lines"))
        #expect((3...5).contains(problem.line ?? 0))
        #expect(result.body == "正文\n")
        #expect(result.frontMatter.format == .yaml)
        #expect(result.frontMatter.title == "甲")
        #expect(result.frontMatter.tags == [])
    }

    @Test("Invalid YAML with nothing to recover stays an error")
    func invalidYAMLWithoutFields() throws {
        let result = FrontMatterParser.parse("---\nweight: [1, 2\nslug: x\n---\n正文\n")
        let problem = try #require(result.diagnostics.first)
        #expect(problem.severity == .error)
        #expect(result.frontMatter.title == nil)
    }

    @Test("A bad indentation error points at the offending line")
    func yamlMappingError() throws {
        let result = FrontMatterParser.parse("---\ntitle: 甲\nsummary: 乙\n  bad: indent\n---\n")
        let problem = try #require(result.diagnostics.first)
        #expect(problem.severity == .warning)
        #expect(problem.line == 4)
    }

    @Test("Invalid TOML is named with the line from the TOML library")
    func invalidTOML() throws {
        let result = FrontMatterParser.parse("+++\ntitle = \"甲\"\ndraft = \n+++\n正文\n")
        let problem = try #require(result.diagnostics.first)
        #expect(problem.severity == .warning)
        #expect(result.frontMatter.title == "甲")
        #expect(problem.message.hasPrefix("invalid TOML front matter"))
        #expect(problem.line == 3)
        #expect(result.body == "正文\n")
    }

    @Test("A block that is not key: value fields is an error")
    func notAMapping() {
        let result = FrontMatterParser.parse("---\n- 甲\n- 乙\n---\n正文\n")
        #expect(result.diagnostics.map(\.severity) == [.error])
        #expect(result.body == "正文\n")
    }

    @Test("Tags given as a table are ignored with a warning naming the field and line")
    func tagsAsTable() throws {
        let result = FrontMatterParser.parse("---\ntitle: 甲\ntags: {a: 1}\n---\n")
        #expect(result.frontMatter.tags == [])
        #expect(result.frontMatter.title == "甲")
        let warning = try #require(result.diagnostics.first)
        #expect(warning.severity == .warning)
        #expect(warning.line == 3)
        #expect(warning.message.contains("'tags'"))
    }

    @Test("Draft: maybe is ignored with a warning and the article is not a draft")
    func draftMaybe() throws {
        let result = FrontMatterParser.parse("---\ndraft: maybe\n---\n")
        #expect(result.frontMatter.draft == false)
        let warning = try #require(result.diagnostics.first)
        #expect(warning.severity == .warning)
        #expect(warning.line == 2)
        #expect(warning.message.contains("'draft'"))
        #expect(warning.message.contains("maybe"))
    }

    @Test("A title given as a list is ignored with a warning")
    func titleAsList() {
        let result = FrontMatterParser.parse("---\ntitle: [甲, 乙]\n---\n")
        #expect(result.frontMatter.title == nil)
        #expect(result.diagnostics.map(\.severity) == [.warning])
    }

    @Test("A wrongly typed TOML field is warned about on its own line")
    func tomlWrongType() {
        let result = FrontMatterParser.parse("+++\ntitle = \"甲\"\ntags = { a = 1 }\n+++\n")
        #expect(result.frontMatter.tags == [])
        #expect(result.diagnostics.map(\.line) == [3])
    }

    @Test("Deeply nested YAML is reported, not a crash")
    func deepYAML() {
        let depth = 10_000
        let yaml = "x: " + String(repeating: "[", count: depth) + String(repeating: "]", count: depth)
        let result = FrontMatterParser.parse("---\ntitle: 深\n" + yaml + "\n---\n正文\n")
        #expect(result.body == "正文\n")
        #expect(result.diagnostics.contains { $0.message.contains("nested too deeply") })
    }

    @Test("Deeply nested block YAML is reported, not a crash")
    func deepBlockYAML() {
        let yaml = "x:\n  " + String(repeating: "- ", count: 10_000) + "leaf"
        let result = FrontMatterParser.parse("---\n" + yaml + "\n---\n正文\n")
        #expect(result.body == "正文\n")
        #expect(result.diagnostics.contains { $0.message.contains("nested too deeply") })
    }

    @Test("YAML nested just under the library's limit keeps the outer fields")
    func nestedUnderLimit() {
        let depth = 900
        let yaml = "x: " + String(repeating: "[", count: depth) + String(repeating: "]", count: depth)
        let result = FrontMatterParser.parse("---\ntitle: 深\n" + yaml + "\n---\n")
        #expect(result.frontMatter.title == "深")
        #expect(result.diagnostics.contains { $0.message.contains("too deeply nested") })
    }

    @Test("An alias bomb is cut short with a warning")
    func aliasBomb() {
        var yaml = "a0: &a0 [x, x, x, x, x, x, x, x, x, x]\n"
        for level in 1...8 {
            let references = Array(repeating: "*a\(level - 1)", count: 10).joined(separator: ", ")
            yaml += "a\(level): &a\(level) [\(references)]\n"
        }
        let result = FrontMatterParser.parse("---\ntitle: 炸弹\n" + yaml + "---\n")
        #expect(result.frontMatter.title == "炸弹")
        #expect(result.diagnostics.contains { $0.severity == .warning && $0.message.contains("too large") })
    }

    @Test("Binary junk in the block gives problems, never a crash")
    func binaryJunk() {
        var generator = SeededRandom(seed: 42)
        for _ in 0..<200 {
            let bytes = (0..<Int(generator.next() % 300)).map { _ in UInt8(truncatingIfNeeded: generator.next()) }
            let junk = String(decoding: bytes, as: UTF8.self)
            for fence in ["---", "+++"] {
                let result = FrontMatterParser.parse(fence + "\n" + junk + "\n" + fence + "\n正文\n")
                #expect(result.body.hasSuffix("正文\n"))
            }
        }
    }

    @Test("A huge string value is read whole")
    func hugeString() {
        let long = String(repeating: "长", count: 200_000)
        let result = FrontMatterParser.parse("---\nsummary: \(long)\n---\n")
        #expect(result.frontMatter.summary?.count == 200_000)
    }
}
