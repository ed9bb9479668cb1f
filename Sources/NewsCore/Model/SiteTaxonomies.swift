/// The taxonomies of a library besides tags and topics, as Hugo would see them.
///
/// Tags and topics are always there (topics gather `main_topics`, `categories` and `category`).
/// Every other taxonomy — `series`, and any the site's configuration declares (`author =
/// "authors"`) — is a taxonomy of its own, named by its plural as front matter writes it.
public struct SiteTaxonomies: Equatable, Sendable {
    /// Plural names of the taxonomies besides tags and topics, sorted, each once.
    public private(set) var extra: [String]

    /// Front matter keys that are tags or topics already, never a taxonomy of their own.
    static let builtIn: Set<String> = ["tags", "tag", "topics", "main_topics", "categories", "category"]

    /// `series` is read even when no configuration declares it: Hugo themes use it widely.
    public static let `default` = SiteTaxonomies(declared: [])

    /// `declared`: the plural names a configuration gives (the values of its `[taxonomies]` table).
    public init(declared: [String]) {
        let names = (declared + ["series"]).map { $0.lowercased() }.filter { !$0.isEmpty && !Self.builtIn.contains($0) }
        extra = Array(Set(names)).sorted()
    }

    /// The terms an article's front matter gives in each extra taxonomy, empty ones left out.
    public func terms(of frontMatter: FrontMatter) -> [String: [String]] {
        var terms: [String: [String]] = [:]
        for taxonomy in extra {
            let names = frontMatter.terms(of: taxonomy)
            if !names.isEmpty { terms[taxonomy] = names }
        }
        return terms
    }
}
