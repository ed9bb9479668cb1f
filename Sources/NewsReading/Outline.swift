import NewsCore

/// One heading of an article's outline.
public struct OutlineEntry: Equatable, Sendable {
    /// 1 for `#`, 6 for `######`.
    public var level: Int
    /// The heading's text without markup, safe to print, on one line.
    public var title: String

    public init(level: Int, title: String) {
        self.level = level
        self.title = title
    }
}

/// The headings of a document in reading order: its table of contents.
///
/// Headings inside block quotes and list items count too, as the reader draws and anchors them;
/// footnote definitions are not part of the body and never do.
public enum Outline {
    public static func entries(of document: Document) -> [OutlineEntry] {
        var entries: [OutlineEntry] = []
        collect(document.blocks, into: &entries)
        return entries
    }

    private static func collect(_ blocks: [Block], into entries: inout [OutlineEntry]) {
        for block in blocks {
            switch block {
            case .heading(let level, let content):
                entries.append(OutlineEntry(level: level, title: oneLine(content.plainText)))
            case .blockQuote(let inner):
                collect(inner, into: &entries)
            case .list(let list):
                for item in list.items { collect(item, into: &entries) }
            case .paragraph, .codeBlock, .htmlBlock, .table, .thematicBreak:
                continue
            }
        }
    }

    /// Sanitized, with runs of whitespace as one space and none at either end.
    static func oneLine(_ text: String) -> String {
        TerminalText.sanitize(text).split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }
}
