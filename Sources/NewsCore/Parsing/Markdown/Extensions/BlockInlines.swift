/// Rewrites the inline content of every block (paragraphs, headings, table cells, and those
/// inside quotes and lists) with one function: the passes that run after the Markdown parse
/// (``BareURLLinker``) share this walk.
enum BlockInlines {
    static func map(_ blocks: [Block], _ transform: ([Inline]) -> [Inline]) -> [Block] {
        blocks.map { map($0, transform) }
    }

    private static func map(_ block: Block, _ transform: ([Inline]) -> [Inline]) -> Block {
        switch block {
        case .heading(let level, let content):
            return .heading(level: level, content: transform(content))
        case .paragraph(let content):
            return .paragraph(transform(content))
        case .blockQuote(let inner):
            return .blockQuote(map(inner, transform))
        case .list(var list):
            list.items = list.items.map { map($0, transform) }
            return .list(list)
        case .table(var table):
            table.header = table.header.map(transform)
            table.rows = table.rows.map { $0.map(transform) }
            return .table(table)
        case .codeBlock, .htmlBlock, .thematicBreak:
            return block
        }
    }
}
