import NewsCore

/// The words of a document's body as one text, for counting (``ReadingTime``).
enum BodyText {
    static func of(_ document: Document) -> String {
        var text = ""
        append(document.blocks, to: &text)
        return text
    }

    private static func append(_ blocks: [Block], to text: inout String) {
        for block in blocks {
            switch block {
            case .heading(_, let content), .paragraph(let content):
                text += words(of: content) + "\n"
            case .blockQuote(let inner):
                append(inner, to: &text)
            case .list(let list):
                for item in list.items { append(item, to: &text) }
            case .codeBlock(let code):
                text += code.text
            case .table(let table):
                for cell in table.header + table.rows.joined() { text += words(of: cell) + "\n" }
            case .htmlBlock, .thematicBreak:
                continue
            }
        }
    }

    /// The text of inlines without footnote markers (`[1]` is not a word anyone reads).
    private static func words(of inlines: [Inline]) -> String {
        withoutFootnoteMarkers(inlines).plainText
    }

    private static func withoutFootnoteMarkers(_ inlines: [Inline]) -> [Inline] {
        inlines.compactMap { inline in
            switch inline {
            case .footnoteReference: return nil
            case .emphasis(let inner): return .emphasis(withoutFootnoteMarkers(inner))
            case .strong(let inner): return .strong(withoutFootnoteMarkers(inner))
            case .strikethrough(let inner): return .strikethrough(withoutFootnoteMarkers(inner))
            case .link(let destination, let title, let content):
                return .link(destination: destination, title: title, content: withoutFootnoteMarkers(content))
            default: return inline
            }
        }
    }
}
