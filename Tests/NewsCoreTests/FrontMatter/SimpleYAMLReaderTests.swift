import Foundation
import Testing
@testable import NewsCore

/// The head pass's own YAML reader must read what it accepts exactly as Yams does, and leave
/// everything else to Yams.
@Suite("Plain front matter reads the same without Yams")
struct SimpleYAMLReaderTests {
    /// Blocks the simple reader takes: every kind of line it knows.
    static let accepted = [
        "title: \"DeepSeek的新模型\"\ndate: 2023-03-16T11:30:28+08:00\ndraft: true\nsummary: \"一句话：摘要\"\n",
        "title: '单引号的标题'\n",
        "title: 纯文本标题 with words\ndate: 2025-06-01\ntags:\n  - \"液冷\"\n  - AI\n  - 2025\nmain_topics:\n- 人才与组织\n",
        "title: Swift 6.0\nweight: 10\nratio: 1.50\nempty:\nnothing: ~\nyes_no: yes\n# a comment\n\nfeatured_image: \"/images/a.jpg\"\n",
        "title: a#b\nurl: https://example.com/a?b=c\ntime: 11:30\n",
        "tags: [\"多模态\", \"Tencent 生态\", 'x', plain words, 2025, -3]\nmain_topics: [\"开源, 生态\"]\nseries: []\n",
    ]

    /// Blocks it must decline (Yams reads them, or rejects them with its own message).
    static let declined = [
        "title: \"escaped \\\"quote\\\"\"\n", "title: >\n  folded\n", "title: |\n  literal\n", "tags: [a, ]\n",
        "tags: [\"a\", [b]]\n", "tags: [a: b]\n", "tags: [\"a\"b]\n", "tags: [a,\n  b]\n", "tags: []\n  - a\n",
        "title: &a x\nother: *a\n", "title: !!str 2025\n", "title: a: b\n", "title: a # comment\n", "title: x\ntitle: y\n",
        "nested:\n  key: value\n", "title: first\n  continued\n", "\"quoted key\": x\n", "<<: {a: 1}\n", "title:\tx\n",
        "tags:\n  - a\n    - b\n", "- a\n- b\n", "title: 'unclosed\n",
        "title: 'It''s'\n",
    ]

    private func wrapped(_ yaml: String) -> String { "---\n" + yaml + "---\n\n正文。\n" }

    @Test("what it accepts reads as Yams reads it", arguments: accepted)
    func acceptedMatchesYams(yaml: String) throws {
        #expect(SimpleYAMLReader.read(yaml, firstLine: 2) != nil)
        #expect(FrontMatterParser.parse(wrapped(yaml), simpleYAMLFirst: true) == FrontMatterParser.parse(wrapped(yaml)))
    }

    @Test("anything beyond plain lines goes to Yams", arguments: declined)
    func declinedGoesToYams(yaml: String) {
        #expect(SimpleYAMLReader.read(yaml, firstLine: 2) == nil)
        #expect(FrontMatterParser.parse(wrapped(yaml), simpleYAMLFirst: true) == FrontMatterParser.parse(wrapped(yaml)))
    }

    /// The five real sites of the shared corpus, when a folder above the repository holds it.
    static let corpus: URL = {
        var folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        while folder.path != "/" {
            let candidate = folder.appendingPathComponent("shared/corpus")
            if FileManager.default.fileExists(atPath: candidate.path) { return candidate }
            folder.deleteLastPathComponent()
        }
        return folder.appendingPathComponent("shared/corpus")
    }()

    @Test("every front matter of the real sites reads the same either way",
          .enabled(if: FileManager.default.fileExists(atPath: corpus.path), "the shared corpus is not here"))
    func corpusMatches() throws {
        let files = FileManager.default.enumerator(atPath: Self.corpus.path)?.compactMap { $0 as? String }
            .filter { $0.hasSuffix(".md") } ?? []
        var compared = 0
        for file in files {
            guard let data = FileManager.default.contents(atPath: Self.corpus.path + "/" + file),
                  let text = String(data: data, encoding: .utf8) else { continue }
            let normalized = text.replacingOccurrences(of: "\r\n", with: "\n")
            #expect(FrontMatterParser.parse(normalized, simpleYAMLFirst: true) == FrontMatterParser.parse(normalized), "\(file)")
            compared += 1
        }
        #expect(compared > 100)
    }
}
