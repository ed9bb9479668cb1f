import Foundation
import NewsCore

/// Images of a library on disk: where they resolve (``ImagePathResolver``, with the site root
/// the folder above `content/` or Hexo's `source/`), and the ones that are missing, for `check`.
public enum LibraryImages {
    public static func resolver(libraryRoot: String) -> ImagePathResolver {
        let root = URL(fileURLWithPath: libraryRoot).standardizedFileURL
        let siteRoot = ["content", "source"].contains(root.lastPathComponent) ? root.deletingLastPathComponent().path : root.path
        return ImagePathResolver(libraryRoot: root.path, siteRoot: siteRoot,
                                 fileExists: { FileManager.default.fileExists(atPath: $0) })
    }

    /// A warning per local image of `article` (featured or in the body) that is not on disk.
    /// Only existence is checked here, at index time; `check` also decodes each image's header.
    static func missingImageProblems(_ article: Article, libraryRoot: String) -> [Problem] {
        let images = ArticleImage.all(in: article)
        guard !images.isEmpty else { return [] }
        let resolver = resolver(libraryRoot: libraryRoot)
        var reported: Set<String> = []
        return images.compactMap { image in
            guard case .local(_, let display, let exists) = resolver.resolve(image.reference, articlePath: article.path),
                  !exists, reported.insert(display).inserted else { return nil }
            return Problem(path: article.path, severity: .warning, message: "image not found: \(display)")
        }
    }

    /// The library root an article file lives under (its absolute path minus its relative one).
    static func libraryRoot(of file: ArticleFile) -> String {
        guard file.absolutePath.hasSuffix("/" + file.relativePath) else {
            return (file.absolutePath as NSString).deletingLastPathComponent
        }
        return String(file.absolutePath.dropLast(file.relativePath.count + 1))
    }
}
