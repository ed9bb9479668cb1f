import Foundation
import Testing

/// Articles sharing tags, a series and outlets, one with headings and Traditional spellings.
private let readingFiles: [String: String] = [
    "2025/03/chips.md": """
        ---
        title: 出口管制一年后
        date: 2025-03-14
        tags: [半导体, 光刻机, 供应链]
        main_topics: [芯片与硬件]
        series: 芯片周报
        ---

        导语，共有十个汉字。

        ### 一、**背景**

        正文[^1]。

        #### 细节 `GPU`

        ## 引用

        [^1]: [甲](https://example.com/a)·智东西·某人（2025/3/1）·检索日期2025/3/2
        [^2]: [乙](https://example.com/b)·潮汐\u{1B}[2J产业观察（2025/3/1）
        """,
    "2025/04/litho.md": """
        ---
        title: 光刻机的新订单
        date: 2025-04-01
        tags: [光刻机, 半导体]
        main_topics: [芯片与硬件]
        ---

        正文[^1]。

        [^1]: [丙](https://example.com/c)·智東西（2025/4/1）
        """,
    "2025/05/supply.md": """
        ---
        title: 供应链周报
        date: 2025-05-01
        tags: [供應鏈]
        main_topics: [芯片与硬件]
        series: 芯片周报
        ---

        没有标题的正文。
        """,
    "2025/06/other.md": """
        ---
        title: 无关的文章
        date: 2025-06-01
        tags: [数据中立性]
        main_topics: [投融资]
        ---

        正文。
        """,
]

@Suite("outline, related, outlets and matching (issue #17)")
struct ReadingCommandsTests {
    private func json(_ arguments: [String], in library: CLILibrary) throws -> Any {
        let output = try CLIRunner.run(arguments + ["--library", library.path])
        #expect(output.status == 0, "\(output.stderr)")
        return try output.json()
    }

    @Test("outline prints the headings indented by level, and JSON [{level, title}]")
    func outline() throws {
        let library = try CLILibrary(files: readingFiles)
        let text = try CLIRunner.run(["outline", "2025/03/chips", "--library", library.path])
        #expect(text.stdout == "    一、背景\n      细节 GPU\n  引用\n")
        let entries = try #require(try json(["outline", "2025/03/chips", "--json"], in: library) as? [[String: Any]])
        #expect(entries.map { $0["level"] as? Int } == [3, 4, 2])
        #expect(entries.first?["title"] as? String == "一、背景")
    }

    @Test("an article without headings has an empty outline")
    func emptyOutline() throws {
        let library = try CLILibrary(files: readingFiles)
        #expect(try CLIRunner.run(["outline", "2025/05/supply", "--library", library.path]).stdout == "")
        #expect((try json(["outline", "2025/05/supply", "--json"], in: library) as? [Any])?.isEmpty == true)
    }

    @Test("related lists articles sharing more rare terms first, never the article itself")
    func related() throws {
        let library = try CLILibrary(files: readingFiles)
        let items = try #require(try json(["related", "2025/03/chips", "--json"], in: library) as? [[String: Any]])
        #expect(items.map { $0["id"] as? String } == ["2025/04/litho", "2025/05/supply"])
        let shared = try #require(items.first?["shared"] as? [[String: String]])
        #expect(Set(shared.map { $0["kind"]! + ":" + $0["name"]! }) == ["tag:光刻机", "tag:半导体", "topic:芯片与硬件", "outlet:智东西"])
        #expect((items.first?["score"] as? Double ?? 0) > (items.last?["score"] as? Double ?? 0))
        let one = try #require(try json(["related", "2025/03/chips", "--json", "--limit", "1"], in: library) as? [[String: Any]])
        #expect(one.count == 1)
    }

    @Test("outlets counts the articles citing each outlet, merging scripts, sanitizing names")
    func outlets() throws {
        let library = try CLILibrary(files: readingFiles)
        let outlets = try #require(try json(["outlets", "--json"], in: library) as? [[String: Any]])
        #expect(outlets.first?["name"] as? String == "智东西" || outlets.first?["name"] as? String == "智東西")
        #expect(outlets.first?["count"] as? Int == 2)
        let text = try CLIRunner.run(["outlets", "--library", library.path]).stdout
        #expect(!text.unicodeScalars.contains { $0.value == 0x1B })
        #expect(text.contains("产业观察"))
    }

    @Test("list --outlet keeps the articles citing it, in either script")
    func listByOutlet() throws {
        let library = try CLILibrary(files: readingFiles)
        let items = try #require(try json(["list", "--json", "--outlet", "智東西"], in: library) as? [[String: Any]])
        #expect(items.map { $0["id"] as? String } == ["2025/04/litho", "2025/03/chips"])
    }

    @Test("--match filters names by characters in either script, full pinyin and initials")
    func matching() throws {
        let library = try CLILibrary(files: readingFiles)
        func names(_ arguments: [String]) throws -> [String] {
            (try json(arguments, in: library) as? [[String: Any]] ?? []).compactMap { $0["name"] as? String }
        }
        #expect(try names(["tags", "--json", "--match", "gongyinglian"]).sorted() == ["供应链", "供應鏈"])
        #expect(try names(["tags", "--json", "--match", "sjzl"]) == ["数据中立性"])
        #expect(try names(["tags", "--json", "--match", "光刻"]) == ["光刻机"])
        #expect(try names(["topics", "--json", "--match", "xp"]) == ["芯片与硬件"])
        #expect(try names(["outlets", "--json", "--match", "zdx"]).count == 1)
        #expect(try names(["tags", "--json", "--match", "zzz"]) == [])
    }

    @Test("list --json gives reading minutes and length; --in-progress lists nothing never opened")
    func readingFacts() throws {
        let library = try CLILibrary(files: readingFiles)
        let items = try #require(try json(["list", "--json"], in: library) as? [[String: Any]])
        let chips = try #require(items.first { $0["id"] as? String == "2025/03/chips" })
        #expect(chips["minutes"] as? Int == 1)
        #expect(chips["characters"] as? Int == 9 + 2 + 2 + 1 + 2 + 2)
        #expect((try json(["list", "--json", "--in-progress"], in: library) as? [Any])?.isEmpty == true)
    }
}
