import Foundation
import NewsCore
import NewsImages
import NewsStore

/// How `show` prints image sources: resolved in the library (``LibraryImages``).
enum LibraryImagePaths {
    /// The function a renderer shows image sources through: resolved local paths, as `file://`
    /// URLs when `fileURLs` (for `--hyperlinks`), remote ones as written.
    static func display(for article: Article, libraryRoot: URL, fileURLs: Bool = false) -> @Sendable (String) -> String {
        let resolver = LibraryImages.resolver(libraryRoot: libraryRoot.path)
        let locator = ImageLocator(resolver: resolver)
        let path = article.path
        return { source in
            switch resolver.resolve(source, articlePath: path) {
            case .remote(let url): return url
            case .local(let absolute, let display, _):
                // Only an image inside the library (symlinks resolved) gets its path or a file://
                // URL; one outside it is shown as written, so no path outside is printed or linked.
                switch locator.locate(source, articlePath: path) {
                case .success(.file): return fileURLs ? URL(fileURLWithPath: absolute).absoluteString : display
                case .failure(.missing): return display
                default: return source
                }
            }
        }
    }
}
