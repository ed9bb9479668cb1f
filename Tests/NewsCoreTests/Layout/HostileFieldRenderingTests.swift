import Foundation
import Testing
@testable import NewsCore

/// Every field of an article, carrying each class of unsafe character, rendered as the reader
/// and `show` lay it out: the character shows as its stand-in, and nothing unsafe is left.
@Suite("Each field of a hostile article renders its controls as visible markers")
struct HostileFieldRenderingTests {
    /// A hostile character, how YAML's double-quoted strings spell it, and what must show.
    struct Hostile: CustomTestStringConvertible, Sendable {
        var name: String
        var scalar: Unicode.Scalar
        var shown: String
        var testDescription: String { name }
        var raw: String { String(scalar) }
        var yaml: String { "\\U" + String(repeating: "0", count: 8 - String(scalar.value, radix: 16).count) + String(scalar.value, radix: 16) }
    }

    static let classes: [Hostile] = [
        Hostile(name: "ESC", scalar: "\u{1B}", shown: "␛"),
        Hostile(name: "BEL", scalar: "\u{07}", shown: "␇"),
        Hostile(name: "DEL", scalar: "\u{7F}", shown: "␡"),
        Hostile(name: "8-bit CSI", scalar: "\u{9B}", shown: "\u{FFFD}"),
        Hostile(name: "NEL", scalar: "\u{85}", shown: "\u{FFFD}"),
        Hostile(name: "RLO", scalar: "\u{202E}", shown: "\u{FFFD}"),
        Hostile(name: "LRI", scalar: "\u{2066}", shown: "\u{FFFD}"),
        Hostile(name: "ALM", scalar: "\u{061C}", shown: "\u{FFFD}"),
    ]

    /// The fields, each written as `Fn` + the character + `Gn` so its rendering can be found.
    static let fields = [
        "title", "summary", "tag", "topic", "featured image", "heading", "paragraph", "strong", "inline code",
        "code block", "link text", "image alt", "table cell", "list item", "lead quote", "footnote label",
        "citation title", "citation outlet", "citation author", "citation URL", "plain footnote",
    ]

    static func article(with hostile: Hostile) -> Article {
        func field(_ number: Int, yaml: Bool = false) -> String { "F\(number)" + (yaml ? hostile.yaml : hostile.raw) + "G\(number)" }
        let text = """
            ---
            title: "\(field(0, yaml: true))"
            date: 2025-06-25T09:10:04+08:00
            summary: "\(field(1, yaml: true))"
            tags: ["\(field(2, yaml: true))", "普通"]
            main_topics: ["\(field(3, yaml: true))"]
            featured_image: "/img/\(field(4, yaml: true)).jpg"
            ---

            > 导语\(field(14))。

            ### 小节\(field(5))

            正文\(field(6))，**\(field(7))**，`\(field(8))`，[\(field(10))](https://example.com/a)，![\(field(11))](/b.png)[^\(field(15))]。

            ```
            \(field(9))
            ```

            | 列 | 值 |
            |---|---|
            | \(field(12)) | 2 |

            - \(field(13))

            ## 引用

            [^\(field(15))]: [\(field(16))](https://example.com/\(field(19)))·\(field(17))·\(field(18))（2025/6/24）·检索日期2025/6/25
            [^plain]: 说明\(field(20))[^plain]
            """
        _ = DisplayWidth.of("中")
        return ArticleParser.parse(data: Data(text.utf8), path: "hostile.md", id: ArticleID("hostile"),
                                   modificationDate: Date(timeIntervalSince1970: 0))
    }

    @Test("every field shows the character's stand-in where the character was", arguments: classes)
    func everyFieldShowsTheStandIn(hostile: Hostile) {
        let rendered = DocumentRenderer(width: 400).render(Self.article(with: hostile))
        let text = rendered.plainLines.joined(separator: "\n")
        for (number, name) in Self.fields.enumerated() {
            #expect(text.contains("F\(number)" + hostile.shown + "G\(number)"), "\(name) with \(hostile.name)")
        }
        #expect(!text.unicodeScalars.contains { $0 != "\n" && TerminalTextPolicyTests.unsafeByProperties($0) })
        for link in rendered.anchors.links {
            // The URL is kept exact for the opener; what is shown of it went through the policy.
            #expect(!TerminalText.sanitize(link.url).unicodeScalars.contains(where: TerminalTextPolicyTests.unsafeByProperties))
        }
    }

    @Test("at narrow widths, too, no line holds an unsafe character", arguments: [10, 24, 57])
    func narrowWidthsStaySafe(width: Int) {
        for hostile in Self.classes {
            let lines = DocumentRenderer(width: width).render(Self.article(with: hostile)).plainLines
            #expect(lines.allSatisfy { !$0.unicodeScalars.contains(where: TerminalTextPolicyTests.unsafeByProperties) })
        }
    }
}
