import NewsCore

/// Where ``LibraryCatalog`` keeps the user's read marks, stars and positions.
///
/// The one seam for the state database: the catalog loads the state once and forwards each change
/// here, so swapping the in-memory keeper for the persistent `StateStore` is one conformance and
/// one line in ``LibraryCatalog/open(root:locations:)``.
protocol CatalogStateBackend: AnyObject {
    /// Everything kept so far.
    func load() throws -> CatalogState
    func setRead(_ read: Bool, for id: ArticleID) throws
    func setStarred(_ starred: Bool, for id: ArticleID) throws
    func savePosition(_ position: ReadingPosition, for id: ArticleID) throws
}

/// Keeps the state for this run only (until the state database is wired in).
final class InMemoryStateBackend: CatalogStateBackend {
    private var state = CatalogState()

    func load() throws -> CatalogState { state }

    func setRead(_ read: Bool, for id: ArticleID) throws {
        if read { state.read.insert(id) } else { state.read.remove(id) }
    }

    func setStarred(_ starred: Bool, for id: ArticleID) throws {
        if starred { state.starred.insert(id) } else { state.starred.remove(id) }
    }

    func savePosition(_ position: ReadingPosition, for id: ArticleID) throws {
        state.positions[id] = position
    }
}
