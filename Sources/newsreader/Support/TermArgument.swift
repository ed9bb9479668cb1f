import NewsCore
import NewsStore

/// `--term TAXONOMY=VALUE`, and taxonomy names as commands take them.
enum TermArgument {
    /// Which list a taxonomy name means.
    enum Taxonomy: Equatable {
        case tags, topics
        case extra(String)
    }

    /// `tags`/`tag`, `topics` (also `categories`, `category`, `main_topics`: they are topics), or
    /// one of the site's own taxonomies; a failure naming those the library has otherwise.
    static func taxonomy(_ name: String, in taxonomies: SiteTaxonomies) throws -> Taxonomy {
        let lowered = name.trimmingCharacters(in: .whitespaces).lowercased()
        switch lowered {
        case "tags", "tag": return .tags
        case "topics", "topic", "categories", "category", "main_topics": return .topics
        default:
            if taxonomies.extra.contains(lowered) { return .extra(lowered) }
            let known = (["tags", "topics"] + taxonomies.extra).joined(separator: ", ")
            throw CommandFailure("unknown taxonomy '\(name)'; this library has: \(known)")
        }
    }

    /// Adds each `TAXONOMY=VALUE` to `filter` (tags and topics to their own lists).
    static func add(_ arguments: [String], to filter: inout ArticleFilter, taxonomies: SiteTaxonomies) throws {
        for argument in arguments {
            guard let equals = argument.firstIndex(of: "="), !argument[argument.index(after: equals)...].isEmpty else {
                throw CommandFailure("--term wants TAXONOMY=VALUE, e.g. series=Go; got '\(argument)'")
            }
            let value = String(argument[argument.index(after: equals)...])
            switch try taxonomy(String(argument[..<equals]), in: taxonomies) {
            case .tags: filter.tags.append(value)
            case .topics: filter.topics.append(value)
            case .extra(let name): filter.terms.append(ArticleFilter.Term(taxonomy: name, value: value))
            }
        }
    }
}
