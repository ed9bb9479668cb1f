import NewsCore

/// The addresses a site gives an article besides its file's path, as the index stores them
/// (`article.site_links`): its `slug` as `slug:<slug>`, then its `url`, `aliases` and `permalink`,
/// joined by ``IndexSchema/listSeparator``. Empty for most articles.
enum SiteLinks {
    static let slugPrefix = "slug:"

    static func encode(_ frontMatter: FrontMatter) -> String {
        let slug = frontMatter.slug.map { [slugPrefix + $0] } ?? []
        return IndexRecord.joined(slug + frontMatter.sitePaths)
    }

    /// What ``encode(_:)`` stored.
    static func decode(_ stored: String) -> SiteAddresses {
        var addresses = SiteAddresses()
        for part in stored.split(separator: IndexSchema.listSeparator) {
            if part.hasPrefix(slugPrefix) {
                addresses.slug = String(part.dropFirst(slugPrefix.count))
            } else {
                addresses.paths.append(String(part))
            }
        }
        return addresses
    }
}
