/// A place an article points at: a body link, an image, or a citation, in reading order
/// (`links ARTICLE`, the `链接 Links` list of plain output, `open ARTICLE N`).
public struct ArticleLink: Equatable, Sendable {
    public enum Kind: String, Equatable, Sendable, Codable {
        case citation, link, image
    }

    public var kind: Kind
    /// The destination exactly as written (untrusted: sanitize before showing). Nil only for a
    /// citation without a URL.
    public var url: String?
    /// The link's text, the image's alt text, or the citation's title (else its text).
    public var text: String
    /// The footnote label of a citation.
    public var label: String?

    public init(kind: Kind, url: String?, text: String, label: String? = nil) {
        self.kind = kind
        self.url = url
        self.text = text
        self.label = label
    }

    /// Body links and images in the order they are drawn, then the citations in the order of
    /// the references section. Links within the page (`#id`) are left out: they lead nowhere
    /// outside it.
    public static func all(in article: Article) -> [ArticleLink] {
        var result: [ArticleLink] = []
        for block in article.document.blocks { collect(block, into: &result) }
        for citation in article.citations {
            result.append(ArticleLink(kind: .citation, url: citation.url, text: citation.title ?? citation.text,
                                      label: citation.label))
        }
        return result
    }

    private static func collect(_ block: Block, into result: inout [ArticleLink]) {
        switch block {
        case .heading(_, let content), .paragraph(let content):
            collect(content, into: &result)
        case .blockQuote(let blocks):
            blocks.forEach { collect($0, into: &result) }
        case .list(let list):
            list.items.forEach { $0.forEach { collect($0, into: &result) } }
        case .table(let table):
            for row in [table.header] + table.rows { row.forEach { collect($0, into: &result) } }
        case .codeBlock, .htmlBlock, .thematicBreak:
            break
        }
    }

    /// The links of inline content in reading order (a link after its content, as plain output
    /// numbers it), without recursion: inline trees from hostile input may be deep.
    private static func collect(_ inlines: [Inline], into result: inout [ArticleLink]) {
        enum Work {
            case inlines(ArraySlice<Inline>)
            case emit(ArticleLink)
        }
        var stack: [Work] = [.inlines(inlines[...])]
        while let work = stack.popLast() {
            guard case .inlines(var items) = work else {
                if case .emit(let link) = work { result.append(link) }
                continue
            }
            guard let inline = items.popFirst() else { continue }
            stack.append(.inlines(items))
            switch inline {
            case .link(let destination, _, let content):
                if !destination.hasPrefix("#") {
                    stack.append(.emit(ArticleLink(kind: .link, url: destination, text: content.plainText)))
                }
                stack.append(.inlines(content[...]))
            case .autolink(let destination, let text):
                result.append(ArticleLink(kind: .link, url: destination, text: text))
            case .image(let source, _, let alt):
                result.append(ArticleLink(kind: .image, url: source, text: alt.plainText))
            case .emphasis(let inner), .strong(let inner), .strikethrough(let inner), .styled(_, let inner):
                stack.append(.inlines(inner[...]))
            case .text, .softBreak, .hardBreak, .code, .html, .footnoteReference, .anchor:
                break
            }
        }
    }
}
