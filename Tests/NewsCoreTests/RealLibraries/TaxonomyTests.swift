import Foundation
import Testing
@testable import NewsCore

@Suite("Taxonomies, Hugo's way")
struct TaxonomyTests {
    private func parse(_ text: String, taxonomies: SiteTaxonomies = .default) -> Article {
        ArticleParser.parse(data: Data(text.utf8), path: "a.md", id: ArticleID("a"), modificationDate: Date(),
                            taxonomies: taxonomies)
    }

    @Test("topics are main_topics, then categories, then category (list or single string)")
    func topicsGatherCategories() {
        #expect(parse("---\ntitle: t\nmain_topics: [市场]\ncategories: [技术, 市场]\n---\n正文。\n").topics == ["市场", "技术"])
        #expect(parse("---\ntitle: t\ncategories: SOFAStack\n---\n正文。\n").topics == ["SOFAStack"])
        #expect(parse("+++\ntitle = 't'\ncategory = ['博客']\n+++\n正文。\n").topics == ["博客"])
    }

    @Test("series is a taxonomy of its own by default; declared ones too")
    func extraTaxonomies() {
        let text = "---\ntitle: t\nseries: [Hugo 入门]\ncustomers: [蚂蚁]\ntags: [a]\n---\n正文。\n"
        #expect(parse(text).terms == ["series": ["Hugo 入门"]])
        let declared = SiteTaxonomies(declared: ["tags", "categories", "customers"])
        #expect(declared.extra == ["customers", "series"])
        #expect(parse(text, taxonomies: declared).terms == ["series": ["Hugo 入门"], "customers": ["蚂蚁"]])
    }

    @Test("the site configuration declares taxonomies: in the library or the site root above content/")
    func readsSiteConfig() throws {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("taxonomies-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: root) }
        let content = root.appendingPathComponent("content")
        try FileManager.default.createDirectory(at: content, withIntermediateDirectories: true)
        #expect(SiteConfigReader.read(libraryFolder: content).taxonomies == .default)

        try Data("baseURL = 'x'\n[taxonomies]\n  tag = 'tags'\n  author = 'authors'\n".utf8)
            .write(to: root.appendingPathComponent("hugo.toml"))
        #expect(SiteConfigReader.read(libraryFolder: content).taxonomies.extra == ["authors", "series"])

        try Data("taxonomies:\n  customer: customers\n".utf8).write(to: content.appendingPathComponent("config.yaml"))
        #expect(SiteConfigReader.read(libraryFolder: content).taxonomies.extra == ["customers", "series"])

        let nested = root.appendingPathComponent("other/config/_default")
        try FileManager.default.createDirectory(at: nested, withIntermediateDirectories: true)
        try Data(#"{"taxonomies": {"region": "regions"}}"#.utf8).write(to: nested.appendingPathComponent("config.json"))
        #expect(SiteConfigReader.read(libraryFolder: root.appendingPathComponent("other")).taxonomies.extra == ["regions", "series"])
    }
}
