import NewsCore

/// Where ``LibraryCatalog`` keeps the user's read marks, stars and positions.
///
/// The catalog loads the state once and forwards each change here; ``StateStore`` is the one
/// implementation, and tests may give their own.
protocol CatalogStateBackend: AnyObject {
    /// Everything kept so far.
    func load() throws -> CatalogState
    func setRead(_ read: Bool, for id: ArticleID) throws
    func setStarred(_ starred: Bool, for id: ArticleID) throws
    func savePosition(_ position: ReadingPosition, for id: ArticleID) throws
}

/// The state database is the backend of every catalog (in memory when its folder cannot be written).
extension StateStore: CatalogStateBackend {}
