import Foundation
import NewsCore
import Testing
@testable import NewsStore

/// The index keeps the addresses front matter gives an article besides its path (`slug`, `url`,
/// `aliases`, `permalink`), so a link by them can be followed in the reader.
@Suite("The index keeps each article's slug and other site addresses")
struct SiteAddressTests {
    private func makeLibrary() throws -> TemporaryLibrary {
        let library = try TemporaryLibrary()
        try library.write("post/中文标题/index.md", "---\ntitle: 中文标题\nslug: english-title\naliases:\n  - /old/path/\n---\n正文。\n")
        try library.write("blog/b.md", "+++\ntitle = \"乙\"\nurl = \"https://example.com/custom/b/\"\n+++\n正文。\n")
        try library.write("_posts/hexo.md", "---\ntitle: 丙\npermalink: archives/42/\n---\n正文。\n")
        try library.write("plain.md", "---\ntitle: 丁\n---\n正文。\n")
        return library
    }

    private let expected: [ArticleID: SiteAddresses] = [
        ArticleID("post/中文标题"): SiteAddresses(slug: "english-title", paths: ["/old/path/"]),
        ArticleID("blog/b"): SiteAddresses(paths: ["https://example.com/custom/b/"]),
        ArticleID("_posts/hexo"): SiteAddresses(paths: ["archives/42/"]),
    ]

    @Test("a full build and the reader's heads-first build store the same addresses; an article without any has none")
    func stored() throws {
        let library = try makeLibrary()
        let full = try TemporaryStore().open(library)
        #expect(try full.articleSiteAddresses() == expected)
        let store = try TemporaryStore()
        let heads = try LibraryCatalog.open(root: library.root, locations: store.locations, rebuildIndex: false, busyTimeout: 0.2,
                                            listBeforeBodies: true)
        #expect(try heads.articleSiteAddresses() == expected)
    }

    @Test("links by slug, url, alias and permalink lead to their articles")
    func resolved() throws {
        let catalog = try TemporaryStore().open(try makeLibrary())
        let resolver = InternalLinkResolver(articles: try catalog.articlePaths(), addresses: try catalog.articleSiteAddresses())
        #expect(resolver.resolve("/post/english-title/", from: "plain.md")?.id == ArticleID("post/中文标题"))
        #expect(resolver.resolve("/old/path/#x", from: "plain.md")?.id == ArticleID("post/中文标题"))
        #expect(resolver.resolve("/custom/b/", from: "plain.md")?.id == ArticleID("blog/b"))
        #expect(resolver.resolve("/archives/42/", from: "plain.md")?.id == ArticleID("_posts/hexo"))
        #expect(resolver.resolve("/post/other-title/", from: "plain.md") == nil)
    }
}
