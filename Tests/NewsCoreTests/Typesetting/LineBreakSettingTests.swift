import Foundation
import NewsCore
import Testing

/// The `line_break` setting reaches every paragraph the renderer lays out: body, tables and
/// references (issue #7).
@Suite("Line-break strictness in the renderer")
struct LineBreakSettingTests {
    private let article = ArticleParser.parse(
        data: Data("""
            ---
            title: t
            date: 2025-01-01
            ---

            カーカーカーカーカーカー

            | 列 |
            |---|
            | カーカーカーカーカーカー |

            见[^1]。

            [^1]: カーカーカーカーカーカー
            """.utf8),
        path: "a.md", id: ArticleID("a"), modificationDate: Date(timeIntervalSince1970: 0))

    private func lines(_ strictness: LineBreaker.Strictness) -> [String] {
        DocumentRenderer(width: 11, lineBreak: strictness).render(article).plainLines
    }

    @Test("strict never starts a line with the prolonged sound mark; normal and loose may, in body, table and references")
    func strictnessChangesBreaks() {
        let strict = lines(.strict)
        #expect(!strict.contains { $0.trimmingCharacters(in: .whitespaces).hasPrefix("ー") || $0.contains("│ ー") || $0.contains("] ー") })
        for relaxed in [LineBreaker.Strictness.normal, .loose] {
            let relaxedLines = lines(relaxed)
            #expect(relaxedLines != strict)
            #expect(relaxedLines.contains { $0.hasPrefix("ー") }, "body")
            #expect(relaxedLines.contains { $0.contains("│ ー") }, "table")
        }
    }

    @Test("closing punctuation still never starts a line when breaking is loose")
    func kinsokuHoldsWhenLoose() {
        let text = String(repeating: "数据中心，", count: 12)
        let article = ArticleParser.parse(data: Data("---\ntitle: t\ndate: 2025-01-01\n---\n\n\(text)\n".utf8), path: "b.md",
                                          id: ArticleID("b"), modificationDate: Date(timeIntervalSince1970: 0))
        for width in 6...20 {
            let lines = DocumentRenderer(width: width, lineBreak: .loose).render(article).plainLines
            #expect(!lines.contains { $0.hasPrefix("，") }, "width \(width)")
        }
    }
}
