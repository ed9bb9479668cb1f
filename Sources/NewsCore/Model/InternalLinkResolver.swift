import Foundation

/// Finds the article of the library a link points at: a relative path to another article's
/// file or folder (`../b/index.md`, `b.md`, `./b/`), a shortcode reference (`ref:posts/b.md`, as
/// ``ShortcodeExpander`` writes `ref`, `relref` and `post_link`), or a site-absolute path
/// (`/posts/b/`) matching an article's path. Pure: it knows the library only by ids and paths.
public struct InternalLinkResolver: Sendable {
    /// Article ids by their normalized key (the id itself, lowercased).
    private let ids: [String: ArticleID]

    public init(articles: [(id: ArticleID, path: String)]) {
        var ids: [String: ArticleID] = [:]
        for article in articles {
            ids[article.id.rawValue.lowercased()] = ids[article.id.rawValue.lowercased()] ?? article.id
        }
        self.ids = ids
    }

    /// The article `url` leads to from the article at `articlePath`, and the `#fragment` to show
    /// there (without `#`); nil for web links, in-page links and paths to no article.
    public func resolve(_ url: String, from articlePath: String) -> (id: ArticleID, fragment: String?)? {
        var target = url.trimmingCharacters(in: .whitespaces)
        let isReference = target.hasPrefix("ref:")
        if isReference { target.removeFirst(4) }
        guard !target.hasPrefix("#"), isReference || !Self.hasScheme(target), !target.hasPrefix("//") else { return nil }
        var fragment: String?
        if let hash = target.firstIndex(of: "#") {
            fragment = String(target[target.index(after: hash)...])
            target = String(target[..<hash])
        }
        if let query = target.firstIndex(of: "?") { target = String(target[..<query]) }
        target = target.removingPercentEncoding ?? target
        guard !target.isEmpty else { return nil }
        let folder = Self.folder(of: articlePath)
        var candidates: [String] = []
        if target.hasPrefix("/") {
            candidates.append(target)
        } else {
            candidates.append(folder + "/" + target)
            // `a.md` is served at `/a/`, so its relative links may be written from there too.
            candidates.append(Self.stripExtension(articlePath) + "/" + target)
            candidates.append("/" + target)
        }
        for candidate in candidates {
            if let id = ids[Self.key(candidate)] { return (id, fragment.flatMap { $0.isEmpty ? nil : $0 }) }
        }
        // A site path under a mount point or language folder the library does not have
        // (`/docs/x` for `exampleSite/content/docs/x`, Hexo's `post_link slug`): a unique suffix.
        let segments = Self.key(target).split(separator: "/")
        guard !segments.isEmpty else { return nil }
        if let id = nearest(endingWith: segments[...], from: articlePath) { return (id, fragment.flatMap { $0.isEmpty ? nil : $0 }) }
        // A permalink: the site serves the article under a section or a date its file path does
        // not have (Hexo's `/2024/05/01/title/`, a theme's `/p/title/` for `post/title/`).
        guard target.hasPrefix("/"), segments.count > 1, !Self.listingSections.contains(String(segments[0])) else { return nil }
        var rest = segments.dropFirst()
        while rest.count > 1, rest.first!.allSatisfy(\.isNumber) { rest = rest.dropFirst() }
        return nearest(endingWith: rest, from: articlePath).map { ($0, fragment.flatMap { $0.isEmpty ? nil : $0 }) }
    }

    /// First segments of a site's pages that list articles rather than show one: a permalink
    /// under them is not looked for by its last segments (`/tags/ai/` is no article `ai.md`).
    static let listingSections: Set<String> = ["tags", "tag", "categories", "category", "series", "topics", "authors", "author", "page", "search"]

    /// The article whose path ends with `segments`: the only one, or of several (`/docs/x` in
    /// `zh-cn/` and `zh-tw/`) the one nearest the linking article, the translation beside it;
    /// a tie leads nowhere rather than to a guess.
    private func nearest(endingWith segments: ArraySlice<Substring>, from articlePath: String) -> ArticleID? {
        let suffix = "/" + segments.joined(separator: "/")
        let matches = ids.filter { ("/" + $0.key).hasSuffix(suffix) }
        let here = Self.key(articlePath).split(separator: "/")
        func shared(_ key: String) -> Int { zip(here, key.split(separator: "/")).prefix { $0 == $1 }.count }
        let best = matches.map { (match: $0, shared: shared($0.key)) }.max { $0.shared < $1.shared }
        guard let best, matches.filter({ shared($0.key) == best.shared }).count == 1 else { return nil }
        return best.match.value
    }

    /// A path as an id: normalized, no leading or trailing `/`, no `.md`, no `index`, lowercased.
    static func key(_ path: String) -> String {
        var parts: [Substring] = []
        for part in path.split(separator: "/") {
            if part == "." { continue }
            if part == ".." {
                if !parts.isEmpty { parts.removeLast() }
                continue
            }
            parts.append(part)
        }
        if var last = parts.last.map(String.init) {
            last = stripExtension(last)
            if last == "index" || last.hasPrefix("index.") || last == "_index" {
                parts.removeLast()
            } else {
                parts[parts.count - 1] = Substring(last)
            }
        }
        return parts.joined(separator: "/").lowercased()
    }

    private static func stripExtension(_ name: String) -> String {
        for suffix in [".md", ".markdown", ".html", ".htm"] where name.lowercased().hasSuffix(suffix) {
            return String(name.dropLast(suffix.count))
        }
        return name
    }

    private static func folder(of path: String) -> String {
        path.split(separator: "/").dropLast().joined(separator: "/")
    }

    private static func hasScheme(_ url: String) -> Bool {
        url.range(of: "^[A-Za-z][A-Za-z0-9+.-]*:", options: .regularExpression) != nil
    }
}
