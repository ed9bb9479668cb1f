import Foundation
import Testing

/// Three articles for the index commands: Chinese, English and mixed text, one draft.
private let storeFiles: [String: String] = [
    "2025/08/power.md": """
        ---
        title: 数据中心的电力饥渴
        date: 2025-08-19T08:00:00+08:00
        tags: [储能, 数据中心]
        main_topics: [能源]
        ---

        一座大型AI数据中心的用电量相当于一座中等城市。
        """,
    "2025/05/chips.md": """
        ---
        title: 芯片出口新规
        date: 2025-05-12T08:00:00+08:00
        tags: [GPU]
        main_topics: [芯片与硬件]
        ---

        新规限制高端GPU出口，Nvidia的H20受到影响，数据中心建设放缓。
        """,
    "2025/07/draft.md": """
        ---
        title: 草稿
        date: 2025-07-01
        draft: true
        ---

        草稿也写到数据。
        """,
]

@Suite("Index commands: search, reindex, list state flags")
struct StoreCommandTests {
    /// Runs with its own XDG folders, so each test starts without an index.
    private func run(_ arguments: [String], _ library: CLILibrary, xdg: URL) throws -> CLIRunner.Output {
        try CLIRunner.run(arguments + ["--library", library.path], environment: [
            "XDG_CACHE_HOME": xdg.appendingPathComponent("cache").path,
            "XDG_DATA_HOME": xdg.appendingPathComponent("data").path,
        ])
    }

    private func temporaryXDG() -> URL {
        FileManager.default.temporaryDirectory.appendingPathComponent("newsreader-store-cli-\(UUID().uuidString)")
    }

    @Test("search --json prints id, title, date and snippet, title hits first, drafts hidden")
    func searchJSON() throws {
        let library = try CLILibrary(files: storeFiles), xdg = temporaryXDG()
        defer { try? FileManager.default.removeItem(at: xdg) }
        let output = try run(["search", "数据", "--json"], library, xdg: xdg)
        #expect(output.status == 0)
        let hits = try #require(try output.json() as? [[String: Any]])
        #expect(hits.map { $0["id"] as? String } == ["2025/08/power", "2025/05/chips"])
        #expect(Set(hits[0].keys) == ["id", "title", "date", "snippet"])
        #expect(hits[0]["date"] as? String == "2025-08-19T08:00:00+08:00")
        #expect((hits[1]["snippet"] as? String)?.contains("数据中心") == true)
        #expect(output.stdout.contains("\"date\" : \"2025-08-19T08:00:00+08:00\",\n    \"id\""))
    }

    @Test("search filters by tag and topic, matches Latin case-insensitively, and finds one character")
    func searchFilters() throws {
        let library = try CLILibrary(files: storeFiles), xdg = temporaryXDG()
        defer { try? FileManager.default.removeItem(at: xdg) }
        let byTag = try #require(try run(["search", "数据", "--tag", "GPU", "--json"], library, xdg: xdg).json() as? [[String: Any]])
        #expect(byTag.map { $0["id"] as? String } == ["2025/05/chips"])
        let byTopic = try #require(try run(["search", "数据", "--topic", "能源", "--json"], library, xdg: xdg).json() as? [[String: Any]])
        #expect(byTopic.map { $0["id"] as? String } == ["2025/08/power"])
        let latin = try #require(try run(["search", "NVIDIA", "--json"], library, xdg: xdg).json() as? [[String: Any]])
        #expect(latin.map { $0["id"] as? String } == ["2025/05/chips"])
        let single = try #require(try run(["search", "城", "--json"], library, xdg: xdg).json() as? [[String: Any]])
        #expect(single.map { $0["id"] as? String } == ["2025/08/power"])
    }

    @Test("search text output highlights the match only with --color always")
    func searchText() throws {
        let library = try CLILibrary(files: storeFiles), xdg = temporaryXDG()
        defer { try? FileManager.default.removeItem(at: xdg) }
        let plain = try run(["search", "中等城市"], library, xdg: xdg)
        #expect(plain.stdout.hasPrefix("2025-08-19  数据中心的电力饥渴\n"))
        #expect(plain.stdout.contains("中等城市"))
        #expect(!plain.stdout.contains("\u{1B}"))
        let colored = try run(["search", "中等城市", "--color", "always"], library, xdg: xdg)
        // The default theme's match look, as in the reader: black on yellow.
        #expect(colored.stdout.contains("\u{1B}[30;43m中等城市\u{1B}[0m"))
        let none = try run(["search", "不存在的词"], library, xdg: xdg)
        #expect(none.status == 0)
        #expect(none.stdout.isEmpty)
    }

    @Test("reindex rebuilds from scratch and reports articles, problems, time and the index path")
    func reindex() throws {
        let library = try CLILibrary(files: storeFiles), xdg = temporaryXDG()
        defer { try? FileManager.default.removeItem(at: xdg) }
        _ = try run(["list"], library, xdg: xdg)
        let output = try run(["reindex"], library, xdg: xdg)
        #expect(output.status == 0)
        #expect(output.stdout.contains("files parsed: 3"))
        #expect(output.stdout.contains("articles: 3"))
        #expect(output.stdout.contains("problems: 0 errors, 0 warnings"))
        #expect(output.stdout.contains("time: "))
        #expect(output.stdout.contains("index: " + xdg.appendingPathComponent("cache/newsreader/index-").path))
    }

    @Test("list --json carries read and starred; --unread keeps all and --starred none on a fresh state")
    func listStateFlags() throws {
        let library = try CLILibrary(files: storeFiles), xdg = temporaryXDG()
        defer { try? FileManager.default.removeItem(at: xdg) }
        let listed = try #require(try run(["list", "--json"], library, xdg: xdg).json() as? [[String: Any]])
        #expect(listed.count == 2)
        #expect(listed.allSatisfy { $0["read"] as? Bool == false && $0["starred"] as? Bool == false })
        let unread = try #require(try run(["list", "--json", "--unread"], library, xdg: xdg).json() as? [[String: Any]])
        #expect(unread.count == 2)
        let starred = try #require(try run(["list", "--json", "--starred"], library, xdg: xdg).json() as? [[String: Any]])
        #expect(starred.isEmpty)
    }

    @Test("a second list is served from the index, and sees a file added in between")
    func warmList() throws {
        let library = try CLILibrary(files: storeFiles), xdg = temporaryXDG()
        defer { try? FileManager.default.removeItem(at: xdg) }
        _ = try run(["list"], library, xdg: xdg)
        let index = try FileManager.default.contentsOfDirectory(atPath: xdg.appendingPathComponent("cache/newsreader").path)
        #expect(index.contains { $0.hasPrefix("index-") && $0.hasSuffix(".sqlite") })
        try Data("---\ntitle: 新文章\ndate: 2025-09-01\n---\n\n正文。\n".utf8)
            .write(to: library.root.appendingPathComponent("2025/09-new.md"))
        let output = try run(["list"], library, xdg: xdg)
        #expect(output.stdout.hasPrefix("2025-09-01  新文章"))
    }
}
