import NewsCore

/// One entry of `links --json`: every key present, `null` where absent.
struct LinkJSON: Encodable {
    let number: Int
    let link: ArticleLink
    let citation: Citation?

    private enum Keys: String, CodingKey {
        case n, kind, url, text, label, title, outlet, author, published, retrieved, referenced
    }

    func encode(to encoder: Encoder) throws {
        var container = encoder.container(keyedBy: Keys.self)
        try container.encode(number, forKey: .n)
        try container.encode(link.kind.rawValue, forKey: .kind)
        try container.encode(link.url, forKey: .url)
        try container.encode(citation?.text ?? link.text, forKey: .text)
        try container.encode(link.label, forKey: .label)
        try container.encode(citation?.title, forKey: .title)
        try container.encode(citation?.outlet, forKey: .outlet)
        try container.encode(citation?.author, forKey: .author)
        try container.encode(citation?.published, forKey: .published)
        try container.encode(citation?.retrieved, forKey: .retrieved)
        try container.encode(citation?.referenceCount, forKey: .referenced)
    }
}
