import NewsCore
import NewsStore

/// A hit in `search --json`.
struct SearchHitJSON: Encodable {
    let id: String
    let title: String
    let date: String
    let snippet: String

    init(_ hit: CatalogSearchHit) {
        id = hit.id.rawValue
        title = hit.title
        date = hit.date.iso8601
        snippet = hit.snippet
    }
}
