import Testing
import NewsCore

/// Hostile input must finish (no stack overflow) and give a sensible document.
@Suite("Hostile block input")
struct BlocksRobustnessTests {
    static let count = 100_000

    /// How deep block quotes and lists nest, walking iteratively.
    private static func containerDepth(_ blocks: [Block]) -> Int {
        var deepest = 0
        var pending: [(blocks: [Block], depth: Int)] = [(blocks, 0)]
        while let (level, depth) = pending.popLast() {
            deepest = max(deepest, depth)
            for block in level {
                switch block {
                case .blockQuote(let inner): pending.append((inner, depth + 1))
                case .list(let list): list.items.forEach { pending.append(($0, depth + 1)) }
                default: break
                }
            }
        }
        return deepest
    }

    private static func innermostText(_ blocks: [Block]) -> String? {
        var level = blocks
        while let block = level.last {
            switch block {
            case .blockQuote(let inner): level = inner
            case .list(let list): level = list.items.last ?? []
            case .paragraph(let content): return content.plainText
            default: return nil
            }
        }
        return nil
    }

    @Test("100,000 nested block quote markers stop nesting at the limit and keep the rest as text")
    func deepBlockQuotes() {
        let document = MarkdownParser.parse(String(repeating: ">", count: Self.count) + " 深处")
        #expect(Self.containerDepth(document.blocks) == 64)
        let text = Self.innermostText(document.blocks)
        #expect(text?.hasSuffix("深处") == true)
        #expect(text?.hasPrefix(">>>") == true)
    }

    @Test("100,000 nested list markers on one line stop nesting at the limit")
    func deepListsOnOneLine() {
        let document = MarkdownParser.parse(String(repeating: "- ", count: Self.count) + "项")
        #expect(Self.containerDepth(document.blocks) == 64)
        #expect(Self.innermostText(document.blocks)?.hasSuffix("项") == true)
    }

    @Test("2,000 lines of block quote markers nesting ever deeper stay within the limit")
    func deepQuotesOverManyLines() {
        var text = ""
        for depth in 1...2_000 { text += String(repeating: "> ", count: depth) + "层\n" }
        let document = MarkdownParser.parse(text)
        #expect(Self.containerDepth(document.blocks) == 64)
    }

    @Test("100,000 list items in one list are one list")
    func manyItems() {
        let document = MarkdownParser.parse(String(repeating: "- 项\n", count: Self.count))
        guard case .list(let list) = document.blocks.first else {
            Issue.record("expected one list")
            return
        }
        #expect(document.blocks.count == 1)
        #expect(list.items.count == Self.count)
        #expect(list.isTight)
    }

    @Test("long runs of emphasis, bracket and backtick characters finish as one paragraph",
          arguments: ["*", "_", "[", "]", "`", "<", "![", "[^", "|", "\\"])
    func longDelimiterRuns(_ unit: String) {
        let document = MarkdownParser.parse(String(repeating: unit, count: Self.count))
        #expect(document.blocks.count == 1)
    }

    @Test("alternating openers and text finish as one paragraph", arguments: ["*a", "[a", "**a", "`a", "[^a]"])
    func alternatingRuns(_ unit: String) {
        let document = MarkdownParser.parse(String(repeating: unit, count: Self.count / 2))
        #expect(document.blocks.count == 1)
    }

    @Test("10,000 footnotes, referenced and defined, are all numbered")
    func manyFootnotes() {
        let count = 10_000
        var text = ""
        for index in 1...count { text += "句[^\(index)]" }
        text += "\n\n"
        for index in 1...count { text += "[^\(index)]: 来源\(index)\n" }
        let document = MarkdownParser.parse(text)
        #expect(document.footnotes.count == count)
        #expect(document.footnotes.last?.ordinal == count)
        #expect(document.diagnostics.isEmpty)
    }

    @Test("a table with many rows keeps every row")
    func longTable() {
        let document = MarkdownParser.parse("| 甲 | 乙 |\n| - | - |\n" + String(repeating: "| 1 | 2 |\n", count: Self.count))
        guard case .table(let table) = document.blocks.first else {
            Issue.record("expected a table")
            return
        }
        #expect(table.rows.count == Self.count)
    }

    @Test("a very wide header over many short rows ends the table instead of padding quadratically")
    func wideHeaderOverShortRows() {
        let columns = 2_000
        let header = String(repeating: "| 列 ", count: columns) + "|\n" + String(repeating: "| - ", count: columns) + "|\n"
        let document = MarkdownParser.parse(header + String(repeating: "| 1 |\n", count: 1_000))
        guard case .table(let table) = document.blocks.first else {
            Issue.record("expected a table first")
            return
        }
        #expect(table.rows.count == 50)
        #expect(document.blocks.count == 2)
    }
}
