import Foundation

/// Where an article's image lives, resolved as Hugo resolves it: a relative path against the
/// article's folder (page bundles; for `post.md` also the `post/` folder Hexo's asset folders
/// use), a site-absolute `/path` in the site's `static/` and `assets/` (then the library root,
/// Hexo's `source/`). Pure: the file system is asked only through ``fileExists``.
public struct ImagePathResolver: Sendable {
    /// The library root (absolute, no trailing `/`).
    public var libraryRoot: String
    /// The site root holding `static/` and `assets/`, when known (the folder above `content/`).
    public var siteRoot: String?
    public var fileExists: @Sendable (String) -> Bool

    public init(libraryRoot: String, siteRoot: String?, fileExists: @escaping @Sendable (String) -> Bool) {
        self.libraryRoot = Self.trimmingSlash(libraryRoot)
        self.siteRoot = siteRoot.map(Self.trimmingSlash)
        self.fileExists = fileExists
    }

    public enum Resolution: Equatable, Sendable {
        /// A URL (`https:`, `data:`, `//host/…`): shown and opened as written.
        case remote(String)
        /// A file: its absolute path, the path to show (relative to the library root when inside
        /// it), and whether it exists.
        case local(path: String, display: String, exists: Bool)
    }

    /// - Parameter articlePath: the article's file, relative to the library root.
    public func resolve(_ source: String, articlePath: String) -> Resolution {
        let trimmed = String(source.trimmedWhitespace)
        if Self.isRemote(trimmed) { return .remote(trimmed) }
        var path = trimmed
        if let cut = path.firstIndex(where: { $0 == "?" || $0 == "#" }) { path = String(path[..<cut]) }
        path = path.removingPercentEncodingIfValid
        let candidates = candidates(for: path, articlePath: articlePath)
        let found = candidates.first(where: fileExists)
        // A missing site-absolute image is shown under the library root, where a reader looks first.
        let missing = path.hasPrefix("/") ? Self.normalized(libraryRoot + path) : candidates.first
        let chosen = found ?? missing ?? (libraryRoot + "/" + path)
        return .local(path: chosen, display: display(chosen), exists: found != nil)
    }

    /// The path to show: relative to the library root when inside it, else absolute.
    public func display(_ absolute: String) -> String {
        absolute.hasPrefix(libraryRoot + "/") ? String(absolute.dropFirst(libraryRoot.count + 1)) : absolute
    }

    private func candidates(for path: String, articlePath: String) -> [String] {
        if path.hasPrefix("/") {
            var result: [String] = []
            if let siteRoot { result += [siteRoot + "/static" + path, siteRoot + "/assets" + path] }
            result.append(libraryRoot + path)
            if let siteRoot { result.append(siteRoot + path) }
            return result.map(Self.normalized)
        }
        let folder = articlePath.split(separator: "/").dropLast().joined(separator: "/")
        let articleFolder = libraryRoot + (folder.isEmpty ? "" : "/" + folder)
        var result = [articleFolder + "/" + path]
        let file = articlePath.split(separator: "/").last.map(String.init) ?? ""
        if let dot = file.lastIndex(of: "."), !file.hasPrefix("index") {
            result.append(articleFolder + "/" + file[..<dot] + "/" + path)
        }
        if let siteRoot { result += [siteRoot + "/static/" + path, siteRoot + "/assets/" + path] }
        return result.map(Self.normalized)
    }

    static func isRemote(_ source: String) -> Bool {
        let lower = source.lowercased()
        return lower.hasPrefix("//") || lower.hasPrefix("data:")
            || lower.range(of: "^[a-z][a-z0-9+.-]*:", options: .regularExpression) != nil
    }

    /// `a/./b/../c` → `a/c`, so shown paths are short and comparable.
    static func normalized(_ path: String) -> String {
        var parts: [Substring] = []
        for part in path.split(separator: "/", omittingEmptySubsequences: true) {
            if part == "." { continue }
            if part == "..", let last = parts.last, last != ".." {
                parts.removeLast()
                continue
            }
            // Above `/` there is nothing: `/../a` is `/a`.
            if part == "..", parts.isEmpty, path.hasPrefix("/") { continue }
            parts.append(part)
        }
        return (path.hasPrefix("/") ? "/" : "") + parts.joined(separator: "/")
    }

    private static func trimmingSlash(_ path: String) -> String {
        path.count > 1 && path.hasSuffix("/") ? String(path.dropLast()) : path
    }
}

private extension String {
    var removingPercentEncodingIfValid: String { removingPercentEncoding ?? self }
}
