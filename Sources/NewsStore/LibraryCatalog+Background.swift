import Foundation

/// The work a first build leaves for the background, as the reader shows it: how far it has got,
/// and a search that answers at once meanwhile, saying how much of the library it covered.
extension LibraryCatalog {
    /// While a first build's bodies are parsed (`正文 …`) and then its search index is filled
    /// (`搜索索引 …`) in the background: the latest progress (a report per chunk); nil when no
    /// such work runs (a warm launch, the commands, or once it is done).
    public var backgroundProgress: IndexProgress? {
        index.backgroundProgress
    }

    /// ``search(_:options:)`` without waiting for the search index to be complete: the hits among
    /// the articles searchable now, and the percent of the library that is (nil: all of it, the
    /// hits are complete). The reader uses it, so a search never freezes its keys.
    public func searchNow(_ query: String, options: SearchOptions) throws -> (hits: [CatalogSearchHit], coverage: Int?) {
        try index.searchNow(query, options: options, terms: terms, root: root)
    }
}
