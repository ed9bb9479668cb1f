/// Markdown (shortcodes too) reduced to the text a reader reads of it, on one line: for summaries
/// and image captions, which sites write in Markdown and Hugo renders.
enum MarkdownPlainText {
    /// `markdown`'s text without markup; parsed only when it holds a character Markdown, HTML or a
    /// shortcode could use (a summary is read for every article of an index).
    static func plain(_ markdown: String) -> String {
        guard markdown.utf8.contains(where: isSignificant) else { return EmojiShortcodes.replace(markdown) }
        var parts: [String] = []
        collect(ArticleBodyParser.parse(markdown).blocks, into: &parts)
        return parts.joined(separator: " ")
    }

    /// What a reader reads of inline content: no images, raw HTML or footnote markers.
    static func text(of inlines: [Inline]) -> String {
        var text = ""
        for inline in inlines {
            switch inline {
            case .text(let content), .code(let content): text += content
            case .softBreak, .hardBreak: text += " "
            case .emphasis(let inner), .strong(let inner), .strikethrough(let inner), .styled(_, let inner):
                text += Self.text(of: inner)
            case .link(_, _, let content): text += Self.text(of: content)
            case .autolink(_, let shown): text += shown
            case .image, .html, .footnoteReference, .anchor: continue
            }
        }
        return text
    }

    private static func collect(_ blocks: [Block], into parts: inout [String]) {
        for block in blocks {
            switch block {
            case .paragraph(let content), .heading(_, let content): append(text(of: content), to: &parts)
            case .blockQuote(let inner): collect(inner, into: &parts)
            case .list(let list): list.items.forEach { collect($0, into: &parts) }
            case .codeBlock(let code): append(code.text, to: &parts)
            case .table(let table): (table.header + table.rows.joined()).forEach { append(text(of: $0), to: &parts) }
            case .htmlBlock, .thematicBreak: continue
            }
        }
    }

    private static func append(_ text: String, to parts: inout [String]) {
        let trimmed = text.split(whereSeparator: \.isNewline).map { $0.trimmedWhitespace }.filter { !$0.isEmpty }.joined(separator: " ")
        if !trimmed.isEmpty { parts.append(trimmed) }
    }

    /// Bytes that can make Markdown, HTML, an entity or a shortcode; text without them reads as written.
    private static func isSignificant(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "\\"), UInt8(ascii: "`"), UInt8(ascii: "*"), UInt8(ascii: "_"), UInt8(ascii: "["),
             UInt8(ascii: "<"), UInt8(ascii: "&"), UInt8(ascii: "{"), UInt8(ascii: "~"), UInt8(ascii: "#"),
             UInt8(ascii: ">"), UInt8(ascii: "|"), UInt8(ascii: "\n"):
            return true
        default:
            return false
        }
    }
}
