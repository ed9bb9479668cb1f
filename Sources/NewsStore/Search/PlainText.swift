import NewsCore

/// The text a reader sees in an article's body, without markup, for the search index.
///
/// Blocks are separated by newlines; footnote definitions (the citations) follow the body so a
/// search for an outlet or a cited title finds the article. Link destinations, footnote markers
/// and image sources are left out: they are not words anyone searches for and they cost index
/// space. So are bare URLs shown as link text (autolinks, `[视频] URL` lines): search sees what a
/// reader reads, and comments, raw HTML and shortcodes are gone before this (``ArticleBodyParser``).
enum PlainText {
    static func of(_ document: Document) -> String {
        var output = ""
        output.reserveCapacity(4096)
        for block in document.blocks { append(block, to: &output) }
        for footnote in document.footnotes {
            for block in footnote.blocks { append(block, to: &output) }
        }
        return output
    }

    private static func append(_ block: Block, to output: inout String) {
        switch block {
        case .heading(_, let content), .paragraph(let content):
            append(content, to: &output)
            output += "\n"
        case .blockQuote(let blocks):
            for inner in blocks { append(inner, to: &output) }
        case .list(let list):
            for item in list.items {
                for inner in item { append(inner, to: &output) }
            }
        case .codeBlock(let code):
            output += code.text
            output += "\n"
        case .htmlBlock(let html):
            output += html
            output += "\n"
        case .table(let table):
            for row in [table.header] + table.rows {
                for cell in row {
                    append(cell, to: &output)
                    output += " "
                }
                output += "\n"
            }
        case .thematicBreak:
            break
        }
    }

    private static func append(_ inlines: [Inline], to output: inout String) {
        for inline in inlines {
            switch inline {
            case .text(let text), .code(let text):
                output += text
            case .html:
                break
            case .softBreak, .hardBreak:
                output += " "
            case .emphasis(let inner), .strong(let inner), .strikethrough(let inner), .styled(_, let inner):
                append(inner, to: &output)
            case .link(let destination, _, let content):
                if content.plainText != destination { append(content, to: &output) }
            case .image(_, _, let alt):
                append(alt, to: &output)
            case .autolink:
                break
            case .footnoteReference, .anchor:
                break
            }
        }
    }
}
