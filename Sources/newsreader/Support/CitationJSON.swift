import NewsCore
import NewsStore

/// A citation in `links --json`, written out field by field so absent values appear as `null`
/// (scripts can rely on every key being present).
struct CitationJSON: Encodable {
    let citation: Citation

    private enum Keys: String, CodingKey {
        case label, title, url, outlet, author, published, retrieved, text, referenced
    }

    func encode(to encoder: Encoder) throws {
        var container = encoder.container(keyedBy: Keys.self)
        try container.encode(citation.label, forKey: .label)
        try container.encode(citation.title, forKey: .title)
        try container.encode(citation.url, forKey: .url)
        try container.encode(citation.outlet, forKey: .outlet)
        try container.encode(citation.author, forKey: .author)
        try container.encode(citation.published, forKey: .published)
        try container.encode(citation.retrieved, forKey: .retrieved)
        try container.encode(citation.text, forKey: .text)
        try container.encode(citation.referenceCount, forKey: .referenced)
    }
}
