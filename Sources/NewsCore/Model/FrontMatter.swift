/// The metadata block at the top of an article (YAML between `---`, or TOML between `+++`).
///
/// Known fields are typed; every other field is kept verbatim in ``extra`` so nothing the author
/// wrote is lost (`author`, `slug`, custom taxonomies such as `series`, …).
public struct FrontMatter: Equatable, Sendable {
    public enum Format: String, Codable, Sendable {
        case yaml, toml, none
    }

    public var format: Format
    public var title: String?
    public var date: ArticleDate?
    /// `publishDate` (Hugo) or `pubDate` (Astro, Jekyll themes): the date when `date` is missing.
    public var publishDate: ArticleDate?
    public var draft: Bool
    public var summary: String?
    /// `description`: the summary when there is no `<!--more-->` and no `summary` (Hugo's order).
    public var description: String?
    public var tags: [String]
    /// The broad topics of the article: `main_topics`, then Hugo's `categories` (or `category`,
    /// a list or a single name), each name once.
    public var topics: [String]
    public var featuredImage: String?
    /// Every field not listed above, by its key as written.
    public var extra: [String: FrontMatterValue]

    public init(
        format: Format = .none, title: String? = nil, date: ArticleDate? = nil, publishDate: ArticleDate? = nil,
        draft: Bool = false, summary: String? = nil, description: String? = nil, tags: [String] = [],
        topics: [String] = [], featuredImage: String? = nil, extra: [String: FrontMatterValue] = [:]
    ) {
        self.format = format
        self.title = title
        self.date = date
        self.publishDate = publishDate
        self.draft = draft
        self.summary = summary
        self.description = description
        self.tags = tags
        self.topics = topics
        self.featuredImage = featuredImage
        self.extra = extra
    }
}

extension FrontMatter {
    /// Hugo's `slug` (the last part of the page's address in place of its file name), if given.
    public var slug: String? {
        field("slug")?.names?.first
    }

    /// Addresses the site also serves the page at, as written: Hugo's `url` and `aliases`, Hexo's
    /// `permalink`. A link to one of them leads to this article.
    public var sitePaths: [String] {
        ["url", "aliases", "permalink"].flatMap { field($0)?.names ?? [] }
    }

    /// The ``extra`` field whose key is `key` (lowercase ASCII) in any case. Read for every article
    /// of an index: a key of another length is never lowercased.
    private func field(_ key: String) -> FrontMatterValue? {
        extra.first { $0.key.utf8.count == key.utf8.count && $0.key.lowercased() == key }?.value
    }

    /// The terms of a taxonomy kept in ``extra`` (`series`, a site's own `customers`, …): the field
    /// whose key matches the taxonomy's name in any case, as a list or a single name; each name
    /// trimmed, given once, in the order written.
    public func terms(of taxonomy: String) -> [String] {
        let wanted = taxonomy.lowercased()
        guard let value = extra.first(where: { $0.key.lowercased() == wanted })?.value else { return [] }
        return value.names ?? []
    }
}

/// A front matter value of any shape, for the fields newsreader does not interpret.
public indirect enum FrontMatterValue: Equatable, Sendable {
    case string(String)
    case integer(Int)
    case double(Double)
    case bool(Bool)
    case date(ArticleDate)
    case array([FrontMatterValue])
    case table([String: FrontMatterValue])
    case null
}

extension FrontMatterValue {
    /// The names of a list of scalars (or of one scalar), trimmed, without empty ones and repeats;
    /// nil when the value is a table or a list holding tables or lists.
    public var names: [String]? {
        let items: [String]
        switch self {
        case .array(let values):
            var texts: [String] = []
            for value in values {
                guard let text = value.scalarText else { return nil }
                texts.append(text)
            }
            items = texts
        case .table:
            return nil
        default:
            items = scalarText.map { [$0] } ?? []
        }
        // Lists of names are short: comparing with those kept is cheaper than hashing each
        // (a first build reads 100k of them); a long one (untrusted input) goes through a Set.
        // Both use String's equality, so the result is the same.
        var kept: [String] = [], seen = Set<String>()
        kept.reserveCapacity(items.count)
        for item in items {
            let name = String(item.trimmedWhitespace)
            guard !name.isEmpty else { continue }
            if items.count <= 16 ? !kept.contains(name) : seen.insert(name).inserted { kept.append(name) }
        }
        return kept
    }

    /// A scalar as text (numbers and bools as the reader typed them, dates in ISO 8601); nil for
    /// lists and tables, empty for null.
    public var scalarText: String? {
        switch self {
        case .string(let text): return text
        case .integer(let number): return String(number)
        case .double(let number): return String(number)
        case .bool(let flag): return String(flag)
        case .date(let date): return date.isDateOnly ? date.day : date.iso8601
        case .null: return ""
        case .array, .table: return nil
        }
    }
}
