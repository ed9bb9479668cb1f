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
        let scalars = Array(text.unicodeScalars)
        let firstLine = CitationLinkScanner(scalars: Array(scalars.prefix(while: { $0 != "\n" })))
        if let lead = firstLine.link(at: 0) {
            citation.title = lead.title
            citation.url = lead.url
            // The Markdown parser's reading of the same link also undoes entities and emphasis
            // (`[**标题**](…)`); prefer it when it has one.
            if let parsed = firstLink(in: footnote.blocks), parsed.url == lead.url, let title = parsed.title {
                citation.title = title
            }
            let tail = CitationTail.parse(String(String.UnicodeScalarView(firstLine.scalars[lead.end...]))[...])
            citation.outlet = tail.outlet
            citation.author = tail.author
            citation.published = tail.published
            citation.retrieved = tail.retrieved
            return citation
        }
        let link = CitationLinkScanner(scalars: scalars).firstLink()
            .map { (title: $0.title, url: $0.url) } ?? firstLink(in: footnote.blocks)
        citation.title = link?.title
        citation.url = link?.url
        citation.retrieved = CitationTail.retrievalDate(in: text[...])?.0
        return citation
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
            case .emphasis(let inner), .strong(let inner), .strikethrough(let inner):
                if let link = firstLink(in: inner) { return link }
            default:
                continue
            }
        }
        return nil
    }
}
