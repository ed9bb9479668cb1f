/// Inline content of a paragraph, heading, table cell or link.
/// Not `indirect`: its recursion goes through arrays already, and a boxed case cost one
/// allocation per inline (a tenth of a body parse).
public enum Inline: Equatable, Sendable {
    case text(String)
    /// A line ending inside a paragraph; rendered as a space (or nothing between CJK characters,
    /// which the parser already drops).
    case softBreak
    case hardBreak
    case code(String)
    case emphasis([Inline])
    case strong([Inline])
    case strikethrough([Inline])
    case link(destination: String, title: String?, content: [Inline])
    case image(source: String, title: String?, alt: [Inline])
    /// `<https://example.com>` or `<user@example.com>`; `destination` includes `mailto:` for emails.
    case autolink(destination: String, text: String)
    /// Raw inline HTML, kept as text.
    case html(String)
    /// `[^label]`, with the label as written.
    case footnoteReference(label: String)
    /// A style only HTML gives (`<u>`, `<mark>`).
    case styled(InlineStyle, [Inline])
    /// An in-page target (`id` or `name` of an HTML element): draws nothing, a `#id` link leads here.
    case anchor(id: String)
}

/// Text styles that Markdown has no syntax for.
public enum InlineStyle: String, Equatable, Sendable {
    case underline, highlight
}

extension Array where Element == Inline {
    /// The text a reader sees, without any markup: for titles, search and citations.
    public var plainText: String {
        var result = ""
        for inline in self {
            switch inline {
            case .text(let text), .code(let text), .html(let text):
                result += text
            case .softBreak, .hardBreak:
                result += " "
            case .emphasis(let inner), .strong(let inner), .strikethrough(let inner), .styled(_, let inner):
                result += inner.plainText
            case .anchor:
                break
            case .link(_, _, let content):
                result += content.plainText
            case .image(_, _, let alt):
                result += alt.plainText
            case .autolink(_, let text):
                result += text
            case .footnoteReference(let label):
                result += "[\(label)]"
            }
        }
        return result
    }
}
