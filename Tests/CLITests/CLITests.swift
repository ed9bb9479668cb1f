import Foundation
import Testing

/// Two articles and a draft, with the shapes the JSON must carry through.
private let fixtureFiles: [String: String] = [
    "2025/06/scale.md": """
        ---
        title: 数据中立性之争
        date: 2025-06-25T09:10:04+08:00
        draft: false
        summary: 一笔交易引发的行业讨论。
        tags: [数据中立性, Scale AI, 投资]
        main_topics: [投融资与市场洞察]
        ---

        > 导语。

        正文提到交易[^1][^2]，价值**143亿美元**。

        ## 引用

        [^1]: [交易公告：细节](https://example.com/a?b=1&c=2#frag)·示例新闻·李四（2025/6/24）·检索日期2025/6/25
        [^2]: [第二篇报道](https://example.org/x.html)·outlet.example（2025/06/25）·检索日期2025/6/25
        [^3]: 作者的补充说明，没有链接。
        """,
    "2025/05/chips.md": """
        +++
        title = "芯片出口新规"
        date = 2025-05-12T08:00:00-05:00
        tags = ["GPU", "投资"]
        main_topics = ["芯片与硬件"]
        +++

        正文。
        """,
    "2025/07/draft.md": """
        ---
        title: 草稿
        date: 2025-07-01
        draft: true
        tags: [投资]
        ---

        未完成。
        """,
]

@Suite("The scripting commands")
struct CLITests {
    @Test("list --json prints articles newest first with dates in their own offset, drafts hidden")
    func listsJSON() throws {
        let library = try CLILibrary(files: fixtureFiles)
        let output = try CLIRunner.run(["list", "--json", "--library", library.path])
        #expect(output.status == 0)
        let articles = try #require(try output.json() as? [[String: Any]])
        try #require(articles.map { $0["id"] as? String } == ["2025/06/scale", "2025/05/chips"])
        let first = articles[0]
        #expect(first["date"] as? String == "2025-06-25T09:10:04+08:00")
        #expect(first["title"] as? String == "数据中立性之争")
        #expect(first["path"] as? String == "2025/06/scale.md")
        #expect(first["tags"] as? [String] == ["数据中立性", "Scale AI", "投资"])
        #expect(first["topics"] as? [String] == ["投融资与市场洞察"])
        #expect(first["footnotes"] as? Int == 3)
        #expect(first["draft"] as? Bool == false)
        #expect(articles[1]["date"] as? String == "2025-05-12T08:00:00-05:00")
        #expect(articles[1]["summary"] is NSNull)
    }

    @Test("list filters by tag and topic, and --drafts shows drafts")
    func listFilters() throws {
        let library = try CLILibrary(files: fixtureFiles)
        let byTag = try CLIRunner.run(["list", "--json", "--tag", "投资", "--topic", "芯片与硬件", "--library", library.path])
        #expect((try byTag.json() as? [[String: Any]])?.map { $0["id"] as? String } == ["2025/05/chips"])
        let withDrafts = try CLIRunner.run(["list", "--json", "--drafts", "--tag", "投资", "--library", library.path])
        #expect((try withDrafts.json() as? [[String: Any]])?.first?["id"] as? String == "2025/07/draft")
    }

    @Test("the human list shows the day, the title and tags")
    func listsText() throws {
        let library = try CLILibrary(files: fixtureFiles)
        let output = try CLIRunner.run(["list", "--library", library.path])
        let lines = output.stdout.split(separator: "\n")
        try #require(lines.count == 2)
        #expect(lines[0].hasPrefix("2025-06-25  数据中立性之争"))
        #expect(lines[0].contains("#Scale AI"))
    }

    @Test("tags and topics print counts, most used first, then by name")
    func countsFacets() throws {
        let library = try CLILibrary(files: fixtureFiles)
        let tags = try #require(try CLIRunner.run(["tags", "--json", "--library", library.path]).json() as? [[String: Any]])
        #expect(tags.first?["name"] as? String == "投资")
        #expect(tags.first?["count"] as? Int == 2)
        #expect(tags.map { $0["name"] as? String } == ["投资", "GPU", "Scale AI", "数据中立性"])
        let topics = try CLIRunner.run(["topics", "--library", library.path])
        #expect(topics.stdout == "1  投融资与市场洞察\n1  芯片与硬件\n")
    }

    @Test("links --json gives every citation in definition order, with nulls for missing parts")
    func listsLinks() throws {
        let library = try CLILibrary(files: fixtureFiles)
        let output = try CLIRunner.run(["links", "2025/06/scale", "--json", "--library", library.path])
        let links = try #require(try output.json() as? [[String: Any]])
        try #require(links.map { $0["label"] as? String } == ["1", "2", "3"])
        #expect(links[0]["url"] as? String == "https://example.com/a?b=1&c=2#frag")
        #expect(links[0]["title"] as? String == "交易公告：细节")
        #expect(links[0]["outlet"] as? String == "示例新闻")
        #expect(links[0]["author"] as? String == "李四")
        #expect(links[0]["published"] as? String == "2025-06-24")
        #expect(links[0]["retrieved"] as? String == "2025-06-25")
        #expect(links[0]["referenced"] as? Int == 1)
        #expect(links[1]["author"] is NSNull)
        #expect(links[2]["url"] is NSNull)
        #expect(links[2]["referenced"] as? Int == 0)
    }

    @Test("an article can be named by the path of its file")
    func acceptsFilePaths() throws {
        let library = try CLILibrary(files: fixtureFiles)
        let path = library.root.appendingPathComponent("2025/05/chips.md").path
        let output = try CLIRunner.run(["links", path, "--library", library.path])
        #expect(output.status == 0)
    }

    @Test("check exits 1 on errors and lists them as path:line: severity: message")
    func checksProblems() throws {
        var files = fixtureFiles
        files["broken.md"] = "---\ntitle: 坏\n\n正文[^x]。\n"
        let library = try CLILibrary(files: files)
        let output = try CLIRunner.run(["check", "--library", library.path])
        #expect(output.status == 1)
        #expect(output.stdout.contains("broken.md:1: error:"))
        let json = try #require(try CLIRunner.run(["check", "--json", "--library", library.path]).json() as? [String: Any])
        #expect(json["articles"] as? Int == 4)
        let problems = try #require(json["problems"] as? [[String: Any]])
        #expect(problems.contains { $0["path"] as? String == "broken.md" && $0["severity"] as? String == "error" })
    }

    @Test("check exits 0 when there are only warnings")
    func checkPassesWarnings() throws {
        let library = try CLILibrary(files: fixtureFiles)
        let output = try CLIRunner.run(["check", "--library", library.path])
        #expect(output.status == 0)
        #expect(output.stdout.contains("2025/06/scale.md:18: warning: footnote [^3] is defined but never referenced"))
    }

    @Test("an unknown article, a missing library and a file as library exit 2 with a message naming them")
    func failsClearly() throws {
        let library = try CLILibrary(files: fixtureFiles)
        let unknown = try CLIRunner.run(["show", "no/such", "--library", library.path])
        #expect(unknown.status == 2)
        #expect(unknown.stderr.contains("no article 'no/such'"))
        let missing = try CLIRunner.run(["list", "--library", "/nonexistent/library"])
        #expect(missing.status == 2)
        #expect(missing.stderr.contains("/nonexistent/library"))
        let file = library.root.appendingPathComponent("2025/05/chips.md").path
        let notFolder = try CLIRunner.run(["tags", "--library", file])
        #expect(notFolder.status == 2)
        #expect(notFolder.stderr.contains("not a folder"))
    }

    @Test("NEWSREADER_LIBRARY chooses the library when no flag is given")
    func readsEnvironment() throws {
        let library = try CLILibrary(files: fixtureFiles)
        let output = try CLIRunner.run(["list", "--json"], environment: ["NEWSREADER_LIBRARY": library.path])
        #expect((try output.json() as? [Any])?.count == 2)
    }

    @Test("show prints the title, the body and the references, and no escape byte with --color never")
    func showsArticle() throws {
        let library = try CLILibrary(files: fixtureFiles)
        let plain = try CLIRunner.run(["show", "2025/06/scale", "--width", "60", "--color", "never", "--library", library.path])
        #expect(plain.status == 0)
        #expect(plain.stdout.hasPrefix("数据中立性之争\n2025-06-25 09:10 +08:00"))
        #expect(plain.stdout.contains("正文提到交易[1][2]，价值143亿美元。"))
        #expect(plain.stdout.contains("https://example.com/a?b=1&c=2#frag"))
        #expect(!plain.stdout.utf8.contains(0x1B))
        #expect(plain.stdout.split(separator: "\n").allSatisfy { $0.count <= 60 })
        let colored = try CLIRunner.run(["show", "2025/06/scale", "--color", "always", "--library", library.path])
        #expect(colored.stdout.contains("\u{1B}[1;"))
    }
}
