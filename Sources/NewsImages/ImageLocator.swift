import Foundation
import NewsCore

/// Finds the file an article's image reference names, without ever leaving the library. Where a
/// path points is ``ImagePathResolver``'s answer (article folder, the site's `static/` and
/// `assets/`, the library root), the same one `show` prints and `check` uses; this adds what
/// drawing needs on top: remote images are never fetched, other schemes are not read, and a file
/// that resolves (symlinks included) outside the library and its site folder is refused.
public struct ImageLocator: Sendable {
    public enum Location: Equatable, Sendable {
        case file(String)
        case remote(String)
    }

    public let resolver: ImagePathResolver

    public init(resolver: ImagePathResolver) {
        self.resolver = resolver
    }

    /// Where `reference` (as written in the article) points; `articlePath` is the article's file,
    /// absolute or relative to the library root.
    public func locate(_ reference: String, articlePath: String) -> Result<Location, ImageFailure> {
        let trimmed = reference.trimmingCharacters(in: .whitespaces)
        guard !trimmed.isEmpty else { return .failure(.missing) }
        switch resolver.resolve(trimmed, articlePath: relativeToLibrary(articlePath)) {
        case .remote(let url):
            let lowered = url.lowercased()
            if lowered.hasPrefix("http://") || lowered.hasPrefix("https://") || url.hasPrefix("//") {
                return .success(.remote(url))
            }
            let scheme = url.prefix { $0 != ":" }
            return .failure(.unreadable("\(scheme): images are not read"))
        case .local(let path, _, let exists):
            guard exists else { return .failure(.missing) }
            let real = URL(fileURLWithPath: path).resolvingSymlinksInPath().path
            let allowed = [resolver.libraryRoot, resolver.siteRoot ?? resolver.libraryRoot]
                .map { URL(fileURLWithPath: $0).resolvingSymlinksInPath().path }
            guard allowed.contains(where: { real == $0 || real.hasPrefix($0 + "/") }) else { return .failure(.outsideLibrary) }
            return .success(.file(path))
        }
    }

    private func relativeToLibrary(_ articlePath: String) -> String {
        let root = resolver.libraryRoot + "/"
        return articlePath.hasPrefix(root) ? String(articlePath.dropFirst(root.count)) : articlePath
    }
}
