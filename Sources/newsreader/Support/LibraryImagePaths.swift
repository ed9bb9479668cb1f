import Foundation
import NewsCore

/// The ``ImagePathResolver`` for a library on disk: the site root is the folder above `content/`
/// (or `source/` for Hexo) when the library is one of those.
enum LibraryImagePaths {
    static func resolver(libraryRoot: URL) -> ImagePathResolver {
        let root = libraryRoot.standardizedFileURL.path
        let parent = libraryRoot.standardizedFileURL.deletingLastPathComponent().path
        let name = libraryRoot.standardizedFileURL.lastPathComponent
        let siteRoot = ["content", "source"].contains(name) ? parent : root
        return ImagePathResolver(libraryRoot: root, siteRoot: siteRoot,
                                 fileExists: { FileManager.default.fileExists(atPath: $0) })
    }

    /// The function a renderer shows image sources through: resolved local paths, as `file://`
    /// URLs when `fileURLs` (for `--hyperlinks`), remote ones as written.
    static func display(for article: Article, libraryRoot: URL, fileURLs: Bool = false) -> @Sendable (String) -> String {
        let resolver = resolver(libraryRoot: libraryRoot)
        let path = article.path
        return { source in
            switch resolver.resolve(source, articlePath: path) {
            case .remote(let url): return url
            case .local(let absolute, let display, _): return fileURLs ? URL(fileURLWithPath: absolute).absoluteString : display
            }
        }
    }
}
