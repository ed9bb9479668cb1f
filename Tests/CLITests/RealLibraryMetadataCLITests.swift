import Foundation
import Testing

/// Libraries shaped like the blogs people already have (issue 13), written here.
@Suite("Real libraries: dates, taxonomies, merged terms, check habits")
struct RealLibraryMetadataCLITests {
    private func list(_ library: CLILibrary, _ extra: [String] = []) throws -> [[String: Any]] {
        let output = try CLIRunner.run(["list", "--json", "--library", library.path] + extra)
        #expect(output.status == 0, "\(output.stderr)")
        return try #require(try output.json() as? [[String: Any]])
    }

    @Test("a newsletter without dates lists its newest issue first, each with a summary; check says it once")
    func datelessNewsletter() throws {
        let names = (1...410).map { "issue-\($0)" }
        var files: [String: String] = [:]
        for (number, name) in zip(1..., names) {
            files["\(name).md"] = "# 第 \(number) 期周报\n\n![](https://example.com/\(number).png)\n\n本期我们聊聊第 \(number) 个话题，以及一些值得一读的文章。\n"
        }
        let library = try CLILibrary(files: files)
        // Copied in name order (issue-1, issue-10, issue-100, …), a second apart on one day: the worst order.
        let base = Date(timeIntervalSince1970: 1_709_272_800) // 2024-03-01 06:00 UTC
        for (offset, name) in names.sorted().enumerated() {
            try FileManager.default.setAttributes([.modificationDate: base + Double(offset)],
                                                  ofItemAtPath: library.root.appendingPathComponent("\(name).md").path)
        }
        let articles = try list(library)
        #expect(articles.prefix(4).map { $0["id"] as? String } == ["issue-410", "issue-409", "issue-408", "issue-407"])
        #expect(articles.last?["id"] as? String == "issue-1")
        #expect(articles.first?["title"] as? String == "第 410 期周报")
        #expect(articles.allSatisfy { ($0["summary"] as? String)?.hasPrefix("本期我们聊聊") == true })

        let check = try CLIRunner.run(["check", "--library", library.path])
        #expect(check.status == 0)
        let lines = check.stdout.split(separator: "\n")
        #expect(lines.count == 2)
        #expect(lines.contains { $0.hasPrefix("410 files: warning: no date in front matter or file name") })
        #expect(lines.contains { $0.hasPrefix("410 files: warning: no title in front matter; the first heading is the title") })
    }

    private let hexoFiles: [String: String] = [
        "_posts/2016-03-01-swift.md": "title:拓展 Swift\ntags: [golang, Swift]\ncategories: 编程\n---\n第一篇文章的正文，讲 Swift 的扩展。\n",
        "_posts/20170402_go.md": "title: Go 入门\ntags:\n- Golang\n- ＡＩ\ncategories:\n- 编程\n- 入门\n---\n第二篇文章的正文，讲 Go 语言入门。\n",
        "_posts/2018_05_06-notes.md": "---\ntitle: 笔记: 第一篇\ndate: 2018-05-06 10:00:00\ntags: [golang, AI]\ncategories: [随笔]\n---\n第三篇文章的正文，是一些笔记。\n",
    ]

    @Test("a Hexo library: categories are topics, dates come from file names, broken front matter keeps its title")
    func hexoLibrary() throws {
        let library = try CLILibrary(files: hexoFiles)
        let articles = try list(library)
        #expect(articles.map { $0["title"] as? String } == ["笔记: 第一篇", "Go 入门", "拓展 Swift"])
        #expect(articles.map { $0["date"] as? String } == ["2018-05-06T10:00:00+00:00", "2017-04-02T00:00:00+00:00",
                                                          "2016-03-01T00:00:00+00:00"])
        #expect(articles.map { $0["topics"] as? [String] } == [["随笔"], ["编程", "入门"], ["编程"]])
        let topics = try #require(try CLIRunner.run(["topics", "--json", "--library", library.path]).json() as? [[String: Any]])
        #expect(topics.first?["name"] as? String == "编程")
        #expect(topics.first?["count"] as? Int == 2)
        let check = try CLIRunner.run(["check", "--library", library.path])
        #expect(check.stdout.contains("_posts/2016-03-01-swift.md:2: warning: invalid YAML front matter"))
        #expect(check.stdout.contains("recovered 'title', 'tags', 'categories'"))
        #expect(check.stdout.contains("_posts/20170402_go.md: warning: no date in front matter; using the date in the file name"))
    }

    @Test("tags differing only by case or width are one tag, in its most used spelling, everywhere")
    func mergedTags() throws {
        let library = try CLILibrary(files: hexoFiles)
        let tags = try #require(try CLIRunner.run(["tags", "--json", "--library", library.path]).json() as? [[String: Any]])
        #expect(tags.map { $0["name"] as? String } == ["golang", "AI", "Swift"])
        #expect(tags.map { $0["count"] as? Int } == [3, 2, 1])
        let articles = try list(library, ["--tag", "GOLANG", "--tag", "ai"])
        #expect(articles.map { $0["id"] as? String } == ["_posts/2018_05_06-notes", "_posts/20170402_go"])
        #expect(articles.map { $0["tags"] as? [String] } == [["golang", "AI"], ["golang", "AI"]])
        // The search's filter finds every stored spelling too (Golang, golang).
        let hits = try #require(try CLIRunner.run(["search", "文章", "--tag", "GoLang", "--json", "--library", library.path]).json()
            as? [[String: Any]])
        #expect(Set(hits.compactMap { $0["id"] as? String }) == ["_posts/2016-03-01-swift", "_posts/20170402_go", "_posts/2018_05_06-notes"])
    }

    @Test("series and the taxonomies a site declares: terms, list --term (AND) and terms in list --json")
    func siteTaxonomies() throws {
        let library = try CLILibrary(files: [
            "hugo.toml": "title = 'x'\n[taxonomies]\n  tag = 'tags'\n  category = 'categories'\n  customer = 'customers'\n",
            "content/a.md": "---\ntitle: 甲\ndate: 2024-01-03\nseries: [Hugo 入门]\ncustomers: [蚂蚁, 银行]\n---\n正文甲。\n",
            "content/b.md": "---\ntitle: 乙\ndate: 2024-01-02\nseries: hugo 入门\ncustomers: [银行]\n---\n正文乙。\n",
            "content/c.md": "---\ntitle: 丙\ndate: 2024-01-01\ncustomers: 蚂蚁\n---\n正文丙。\n",
        ])
        let series = try #require(try CLIRunner.run(["terms", "series", "--json", "--library", library.path]).json() as? [[String: Any]])
        #expect(series.map { $0["name"] as? String } == ["Hugo 入门"])
        #expect(series.map { $0["count"] as? Int } == [2])
        let customers = try CLIRunner.run(["terms", "customers", "--library", library.path])
        #expect(customers.stdout == "2  蚂蚁\n2  银行\n")

        let articles = try list(library)
        #expect(articles.first?["terms"] as? [String: [String]] == ["series": ["Hugo 入门"], "customers": ["蚂蚁", "银行"]])
        #expect(articles.last?["terms"] as? [String: [String]] == ["customers": ["蚂蚁"]])
        let filtered = try list(library, ["--term", "customers=银行", "--term", "SERIES=HUGO 入门"])
        #expect(filtered.map { $0["id"] as? String } == ["a", "b"])
        #expect(try list(library, ["--term", "customers=蚂蚁", "--term", "series=Hugo 入门"]).map { $0["id"] as? String } == ["a"])

        let unknown = try CLIRunner.run(["terms", "authors", "--library", library.path])
        #expect(unknown.status != 0)
        #expect(unknown.stderr.contains("unknown taxonomy 'authors'; this library has: tags, topics, customers, series"))
    }
}
