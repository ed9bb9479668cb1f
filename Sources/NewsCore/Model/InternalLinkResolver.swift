import Foundation

/// The addresses a site gives an article besides its file's path: its front matter's `slug` (in
/// place of the file's or bundle's name) and its `url`, `aliases` and `permalink`.
public struct SiteAddresses: Equatable, Sendable {
    public var slug: String?
    public var paths: [String]

    public init(slug: String? = nil, paths: [String] = []) {
        self.slug = slug
        self.paths = paths
    }
}

/// Finds the article of the library a link points at: a relative path to another article's
/// file or folder (`../b/index.md`, `b.md`, `./b/`), a shortcode reference (`ref:posts/b.md`, as
/// ``ShortcodeExpander`` writes `ref`, `relref` and `post_link`), or a site-absolute path
/// (`/posts/b/`) matching an article's path. Pure: it knows the library only by ids and paths.
public struct InternalLinkResolver: Sendable {
    /// The articles under one key: translations share it (`index.zh-hans.md`, `index.zh-hant.md`).
    private struct Entry: Sendable {
        var id: ArticleID
        /// The language a file name gives (`zh-hans` of `index.zh-hans.md`), lowercased.
        var language: String?
    }

    /// Articles by their normalized key (their path as ``key(_:)`` makes it, and their id).
    private let ids: [String: [Entry]]

    /// - Parameter addresses: the other addresses the site gives some articles (their front
    ///   matter's `slug`, `url`, `aliases`, `permalink`), by id.
    public init(articles: [(id: ArticleID, path: String)], addresses: [ArticleID: SiteAddresses] = [:]) {
        var ids: [String: [Entry]] = [:]
        for article in articles {
            let entry = Entry(id: article.id, language: Self.language(of: article.path))
            var keys = [Self.key(article.path), article.id.rawValue.lowercased()]
            if let extra = addresses[article.id] { keys += Self.keys(of: extra, path: article.path) }
            for key in Set(keys) where !key.isEmpty { ids[key, default: []].append(entry) }
        }
        self.ids = ids
    }

    /// The keys an article's site addresses give it: its slug in place of its file's (or its
    /// bundle folder's) name, and each other address as a site path (a full URL's path).
    private static func keys(of addresses: SiteAddresses, path: String) -> [String] {
        var keys: [String] = []
        if let slug = addresses.slug, !slug.isEmpty {
            let name = stripExtension(String(path.split(separator: "/").last ?? ""))
            let isBundle = name == "index" || name.hasPrefix("index.") || name == "_index" || name.hasPrefix("_index.")
            let folder = isBundle ? Self.folder(of: Self.folder(of: path)) : Self.folder(of: path)
            keys.append(key(folder.isEmpty ? slug : folder + "/" + slug))
        }
        for address in addresses.paths {
            var sitePath = Substring(address)
            if let scheme = sitePath.range(of: "://") {
                sitePath = sitePath[scheme.upperBound...].drop { $0 != "/" }
            }
            keys.append(key(String(sitePath)))
        }
        return keys
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
        let language = Self.language(of: articlePath)
        for candidate in candidates {
            if let entries = ids[Self.key(candidate)] {
                return (Self.translation(in: entries, language: language), fragment.flatMap { $0.isEmpty ? nil : $0 })
            }
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
        // An article is under its path's key and its id's: count articles, not keys.
        let tied = Set(matches.filter { shared($0.key) == best?.shared }.flatMap { $0.value.map(\.id) })
        guard let best, tied.count == best.match.value.count else { return nil }
        return Self.translation(in: best.match.value, language: Self.language(of: articlePath))
    }

    /// Of the translations under one key, the one in the linking article's `language`, else the
    /// one without a language in its name, else the first.
    private static func translation(in entries: [Entry], language: String?) -> ArticleID {
        (entries.first { $0.language == language } ?? entries.first { $0.language == nil } ?? entries[0]).id
    }

    /// The language in a file name before `.md` (`index.zh-hans.md`, `about.en.md`): Hugo's
    /// translation by file name. Only what looks like a language code counts (`v1.2.md` has none).
    static func language(of path: String) -> String? {
        let name = stripExtension(String(path.split(separator: "/").last ?? "")).lowercased()
        guard let dot = name.lastIndex(of: ".") else { return nil }
        let code = name[name.index(after: dot)...]
        let parts = code.split(separator: "-", omittingEmptySubsequences: false)
        guard (2...3).contains(parts[0].count), parts.count <= 2, parts.allSatisfy({ !$0.isEmpty && $0.count <= 4 }),
              code.allSatisfy({ $0 == "-" || ("a"..."z").contains($0) }) else { return nil }
        return String(code)
    }

    /// Whether two article ids are translations of one page (`x/index.zh-hans`, `x/index.zh-hant`;
    /// `about`, `about.en`): the same page key, in the same folder.
    public static func areTranslations(_ first: ArticleID, _ second: ArticleID) -> Bool {
        let a = first.rawValue, b = second.rawValue
        guard a != b, folder(of: a) == folder(of: b) else { return false }
        return key(a) == key(b)
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
            // `about.en.md` is the English `about`: translations share a key.
            if let language = language(of: last + ".md") { last = String(last.dropLast(language.count + 1)) }
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
