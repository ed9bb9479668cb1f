/// Why a library folder could not be opened at all (problems of single files are ``Problem``s).
public enum LibraryError: Error, Equatable, CustomStringConvertible {
    case notFound(path: String)
    case notADirectory(path: String)
    case unreadable(path: String, reason: String)
    /// No article has this id.
    case unknownArticle(String)
    /// No article has this id or path (``LibraryCatalog/resolveArticle(_:)``).
    case noArticleNamed(String, root: String)
    /// The article named so is listed, but its file could not be opened now.
    case articleVanished(name: String, reason: String)

    public var description: String {
        switch self {
        case .notFound(let path):
            return "library folder not found: \(path)"
        case .notADirectory(let path):
            return "not a folder: \(path) (give the folder that holds the articles)"
        case .unreadable(let path, let reason):
            return "cannot read library folder \(path): \(reason)"
        case .unknownArticle(let id):
            return "no article '\(id)' in the library"
        case .noArticleNamed(let name, let root):
            return "no article '\(name)' in \(root) (see `newsreader list` for ids)"
        case .articleVanished(let name, let reason):
            return "cannot read article '\(name)': \(reason)"
        }
    }
}
