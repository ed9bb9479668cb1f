/// The text of blocks without markup, one line per block: for HTML that holds Markdown blocks
/// where only text fits (a table cell, a `<pre>`).
enum BlockText {
    static func plain(_ blocks: [Block]) -> String {
        blocks.map(plain).joined(separator: "\n")
    }

    static func plain(_ block: Block) -> String {
        switch block {
        case .paragraph(let content), .heading(_, let content): return content.plainText
        case .blockQuote(let blocks): return plain(blocks)
        case .list(let list): return list.items.map(plain).joined(separator: "\n")
        case .codeBlock(let code): return String(code.text.dropLast(code.text.hasSuffix("\n") ? 1 : 0))
        case .htmlBlock: return ""
        case .table(let table): return (table.header + table.rows.flatMap { $0 }).map(\.plainText).joined(separator: " ")
        case .thematicBreak: return ""
        }
    }
}
