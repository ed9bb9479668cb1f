/// Reads a ``Citation`` out of a footnote definition (FORMAT.md, "Citations").
///
/// The usual shape is `[title](url)·outlet·author（2025/6/24）·检索日期2025/6/25`, on one line.
/// A definition that starts with a link or URL is read in that shape, every part optional; any
/// other definition is prose: its ``Citation/text`` is kept and the first link in it is taken.
/// Never fails: what cannot be read is simply absent from the citation.
public enum CitationParser {
    public static func citation(from footnote: Footnote) -> Citation {
        let text = CitationText.trimmed(footnote.source)
        var citation = Citation(label: footnote.label, text: text, referenceCount: footnote.referenceCount)
        // The structured shape is one line; continuation lines are prose that follows it.
        if let lead = leadingLink(in: footnote.blocks) {
            // The Markdown parser has already read the link (entities, emphasis, escapes undone),
            // so only the text after it is scanned.
            citation.title = lead.title
            citation.url = lead.url
            apply(CitationTail.parse(lead.tail[...]), to: &citation)
            return citation
        }
        let scalars = Array(text.unicodeScalars)
        let firstLine = CitationLinkScanner(scalars: Array(scalars.prefix(while: { $0 != "\n" })))
        if let lead = firstLine.link(at: 0) {
            // A link the Markdown parser did not take (say, a destination with spaces).
            citation.title = lead.title
            citation.url = lead.url
            apply(CitationTail.parse(String(String.UnicodeScalarView(firstLine.scalars[lead.end...]))[...]), to: &citation)
            return citation
        }
        let link = CitationLinkScanner(scalars: scalars).firstLink()
            .map { (title: $0.title, url: $0.url) } ?? firstLink(in: footnote.blocks)
        citation.title = link?.title
        citation.url = link?.url
        citation.retrieved = CitationTail.retrievalDate(in: text[...])?.0
        return citation
    }

    /// Whether the definition opens with its link, the citation shape (`[title](url)·outlet…`);
    /// otherwise it is prose that happens to hold a link, shown as the prose it is.
    public static func opensWithLink(_ footnote: Footnote) -> Bool {
        if leadingLink(in: footnote.blocks) != nil { return true }
        let firstLine = CitationText.trimmed(footnote.source).unicodeScalars.prefix { $0 != "\n" }
        return CitationLinkScanner(scalars: Array(firstLine)).link(at: 0) != nil
    }

    /// The link that opens the definition's first paragraph, and the text after it up to the end
    /// of that line.
    private static func leadingLink(in blocks: [Block]) -> (title: String?, url: String, tail: String)? {
        guard case .paragraph(let inlines)? = blocks.first, let first = inlines.first else { return nil }
        let title: String?, url: String
        switch first {
        case .link(let destination, _, let content):
            let trimmed = CitationText.trimmed(content.plainText)
            (title, url) = (trimmed.isEmpty ? nil : trimmed, destination)
        case .autolink(let destination, _):
            (title, url) = (nil, destination)
        default:
            return nil
        }
        let restOfLine = inlines.dropFirst().prefix { inline in
            inline != .softBreak && inline != .hardBreak
        }
        return (title, url, Array(restOfLine).plainText)
    }

    private static func apply(_ tail: CitationTail, to citation: inout Citation) {
        citation.outlet = tail.outlet
        citation.author = tail.author
        citation.published = tail.published
        citation.retrieved = tail.retrieved
    }

    /// The first link the Markdown parser found, for links the source scan cannot see
    /// (reference-style links resolved against a definition elsewhere in the file).
    private static func firstLink(in blocks: [Block]) -> (title: String?, url: String)? {
        for block in blocks {
            switch block {
            case .paragraph(let inlines), .heading(_, let inlines):
                if let link = firstLink(in: inlines) { return link }
            case .blockQuote(let inner):
                if let link = firstLink(in: inner) { return link }
            case .list(let list):
                for item in list.items {
                    if let link = firstLink(in: item) { return link }
                }
            case .codeBlock, .htmlBlock, .table, .thematicBreak:
                continue
            }
        }
        return nil
    }

    private static func firstLink(in inlines: [Inline]) -> (title: String?, url: String)? {
        for inline in inlines {
            switch inline {
            case .link(let destination, _, let content):
                let title = CitationText.trimmed(content.plainText)
                return (title.isEmpty ? nil : title, destination)
            case .autolink(let destination, _):
                return (nil, destination)
            case .emphasis(let inner), .strong(let inner), .strikethrough(let inner), .styled(_, let inner):
                if let link = firstLink(in: inner) { return link }
            default:
                continue
            }
        }
        return nil
    }
}
