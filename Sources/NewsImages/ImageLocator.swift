import Foundation

/// Finds the file an article's image reference names, without ever leaving the library: a
/// site-absolute path (`/images/a.png`) is looked up in the library root and, for a Hugo site,
/// in the site's `static/` and `assets/`; a relative one next to the article. Remote images are
/// never fetched; a path that resolves (symlinks included) outside the library and its site
/// folder is refused.
public struct ImageLocator: Sendable {
    public enum Location: Equatable, Sendable {
        case file(String)
        case remote(String)
    }

    /// The library folder, and the Hugo site folder holding it (the root itself when it is not
    /// a site's `content/`).
    public let libraryRoot: URL
    public let siteRoot: URL

    public init(libraryRoot: URL) {
        let root = libraryRoot.standardizedFileURL
        self.libraryRoot = root
        siteRoot = root.lastPathComponent == "content" ? root.deletingLastPathComponent() : root
    }

    /// Where `reference` (as written in the article) points; `articlePath` is the article's file,
    /// absolute or relative to the library root.
    public func locate(_ reference: String, articlePath: String) -> Result<Location, ImageFailure> {
        let trimmed = reference.trimmingCharacters(in: .whitespaces)
        guard !trimmed.isEmpty else { return .failure(.missing) }
        let lowered = trimmed.lowercased()
        if lowered.hasPrefix("http://") || lowered.hasPrefix("https://") || trimmed.hasPrefix("//") {
            return .success(.remote(trimmed))
        }
        if let colon = trimmed.firstIndex(of: ":"), trimmed[..<colon].allSatisfy({ $0.isLetter }), colon != trimmed.startIndex {
            return .failure(.unreadable("\(trimmed[..<colon]): images are not read"))
        }
        // Query and fragment are for web servers; the file is the path before them.
        let withoutQuery = String(trimmed.prefix { $0 != "?" && $0 != "#" })
        let path = withoutQuery.removingPercentEncoding ?? withoutQuery
        let candidates = candidates(for: path, articlePath: articlePath)
        guard let found = candidates.first(where: { FileManager.default.fileExists(atPath: $0.path) }) else {
            return .failure(.missing)
        }
        let real = found.resolvingSymlinksInPath().path
        let allowed = [libraryRoot, siteRoot].map { $0.resolvingSymlinksInPath().path }
        guard allowed.contains(where: { real == $0 || real.hasPrefix($0 + "/") }) else { return .failure(.outsideLibrary) }
        return .success(.file(found.path))
    }

    private func candidates(for path: String, articlePath: String) -> [URL] {
        if path.hasPrefix("/") {
            let relative = String(path.drop { $0 == "/" })
            var folders = [libraryRoot, siteRoot.appendingPathComponent("static"), siteRoot.appendingPathComponent("assets")]
            if siteRoot != libraryRoot { folders.append(siteRoot) }
            return folders.map { $0.appendingPathComponent(relative).standardizedFileURL }
        }
        let article = articlePath.hasPrefix("/") ? URL(fileURLWithPath: articlePath)
            : libraryRoot.appendingPathComponent(articlePath)
        return [article.deletingLastPathComponent().appendingPathComponent(path).standardizedFileURL,
                libraryRoot.appendingPathComponent(path).standardizedFileURL]
    }
}
