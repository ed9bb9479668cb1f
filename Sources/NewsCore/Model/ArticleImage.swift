/// A picture an article shows: its featured image or a Markdown image in the body, with the
/// rendered block it belongs under (the header is block 0; body block i is block i + 1).
public struct ArticleImage: Equatable, Sendable {
    public var reference: String
    public var alt: String
    public var block: Int

    /// What a featured image is called where it has no alt text.
    public static let featuredAlt = "题图"

    public init(reference: String, alt: String, block: Int) {
        self.reference = reference
        self.alt = alt
        self.block = block
    }

    /// The featured image first, then the body's images in reading order.
    public static func all(in article: Article) -> [ArticleImage] {
        var images: [ArticleImage] = []
        if let featured = article.frontMatter.featuredImage, !featured.isEmpty {
            images.append(ArticleImage(reference: featured, alt: featuredAlt, block: 0))
        }
        for (index, block) in article.document.blocks.enumerated() {
            collect(block) { source, alt in images.append(ArticleImage(reference: source, alt: alt, block: index + 1)) }
        }
        return images
    }

    private static func collect(_ block: Block, _ found: (String, String) -> Void) {
        switch block {
        case .heading(_, let content), .paragraph(let content): collect(content, found)
        case .blockQuote(let blocks): blocks.forEach { collect($0, found) }
        case .list(let list): list.items.joined().forEach { collect($0, found) }
        case .table(let table): (table.header + table.rows.joined()).forEach { collect($0, found) }
        case .codeBlock, .htmlBlock, .thematicBreak: break
        }
    }

    private static func collect(_ inlines: [Inline], _ found: (String, String) -> Void) {
        for inline in inlines {
            switch inline {
            case .image(let source, _, let alt): found(source, alt.plainText)
            case .emphasis(let inner), .strong(let inner), .strikethrough(let inner): collect(inner, found)
            case .link(_, _, let content): collect(content, found)
            default: break
            }
        }
    }
}
