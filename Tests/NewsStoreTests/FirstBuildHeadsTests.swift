import Foundation
import GRDB
import NewsCore
import Testing
@testable import NewsStore

/// The reader's first build (issue 16, item 3): the list comes from the heads of the files, the
/// bodies follow in the background, and once they have the index says what a full build says.
@Suite("A first build lists front matter first, then fills in the bodies")
struct FirstBuildHeadsTests {
    /// Text enough that the file is longer than the head read (4 KB), so only its head is read first.
    static let filler = String(repeating: "这是一段用来把文章撑长的正文，讲数据中心的冷却。", count: 120)

    /// A long article with a citation (an outlet), a summary divider when asked, and `frontMatter` as given.
    static func longArticle(frontMatter: String, more: Bool = false) -> String {
        frontMatter + "\n\n开头一段话。\n\n" + (more ? "<!--more-->\n\n" : "") + filler
            + "引用来源[^1]。\n\n[^1]: [来源](https://example.com/a)·示例网（2025/6/24）·检索日期2025/6/25\n"
    }

    static func frontMatter(_ title: String, day: Int, extra: String = "") -> String {
        "---\ntitle: \"\(title)\"\ndate: 2025-06-\(String(format: "%02d", day))T08:00:00+08:00\n\(extra)---"
    }

    /// Articles of every shape a head pass must handle.
    private func makeLibrary() throws -> TemporaryLibrary {
        let library = try TemporaryLibrary()
        try library.write("plain.md", Self.longArticle(frontMatter: Self.frontMatter("普通长文", day: 1)))
        try library.write("more.md", Self.longArticle(frontMatter: Self.frontMatter("带摘要分隔", day: 2, extra: "summary: \"前言摘要\"\n"), more: true))
        // Front matter longer than the first head read (4 KB), shorter than the second (64 KB),
        // in a file longer than both.
        let manyTags = (0..<400).map { "  - \"标签\($0)\"" }.joined(separator: "\n")
        try library.write("longfm.md", Self.longArticle(frontMatter: Self.frontMatter("长前言", day: 3, extra: "tags:\n\(manyTags)\n"))
            + String(repeating: Self.filler, count: 8))
        // Front matter longer than any head read: parsed whole.
        let hugeTags = (0..<6000).map { "  - \"大标签\($0)\"" }.joined(separator: "\n")
        try library.write("hugefm.md", Self.longArticle(frontMatter: Self.frontMatter("超长前言", day: 4, extra: "tags:\n\(hugeTags)\n")))
        // No front matter: the title is the body's first heading.
        try library.write("nofm.md", "# 无前言标题\n\n" + Self.filler)
        // A title only in the body's heading, with front matter for the date.
        try library.write("headingtitle.md", "---\ndate: 2025-06-05\n---\n\n# 正文标题\n\n" + Self.filler)
        // Hexo: no opening fence.
        try library.write("hexo.md", "title: 海克斯\ndate: 2025-06-06 08:00:00\n---\n\n" + Self.filler)
        // Front matter never closed: a problem, and the file is still listed by its name.
        try library.write("broken.md", "---\ntitle: \"坏的\"\n\n" + Self.filler)
        // Not UTF-8 at all past the head: parsed whole at the body pass, never listed.
        try library.write("binary.md", bytes: Data(Self.longArticle(frontMatter: Self.frontMatter("二进制", day: 7)).utf8) + Data([0xFF, 0xFE, 0x00, 0x01]))
        // TOML, and blank lines before the opening fence.
        try library.write("toml.md", "+++\ntitle = \"托姆\"\ndate = 2025-06-09T08:00:00+08:00\n+++\n\n" + Self.filler)
        try library.write("blankfirst.md", "\n\n" + Self.longArticle(frontMatter: Self.frontMatter("空行在前", day: 10)))
        // Short: read whole at once, listed from its front matter all the same.
        try library.write("short.md", sampleArticle(title: "短文", date: "2025-06-08T08:00:00+08:00"))
        return library
    }

    /// An empty index file with its tables, and its connection.
    private func makeIndex(_ store: TemporaryStore) throws -> DatabaseQueue {
        try FileManager.default.createDirectory(at: store.locations.cacheDirectory, withIntermediateDirectories: true)
        let queue = try DatabaseQueue(path: store.locations.cacheDirectory.path + "/test.sqlite",
                                      configuration: IndexFile.configuration(busyTimeout: 5, wal: true))
        try queue.write { try IndexSchema.create($0, libraryPath: "", taxonomies: .default) }
        return queue
    }

    private func bodyLibrary(_ library: TemporaryLibrary) -> BodyPass.Library {
        BodyPass.Library(root: library.root.path, taxonomies: .default)
    }

    /// Every listed article's summary, in list order, as the index holds them now.
    private func summaries(_ queue: DatabaseQueue) throws -> [ArticleSummary] {
        let listing = try IndexListing.load(queue, taxonomies: .default)
        return try queue.read { try IndexSummaries.read($0, listing: listing) }
    }

    private func pendingPaths(_ queue: DatabaseQueue) throws -> Set<String> {
        Set(try queue.read { try String.fetchAll($0, sql: "SELECT path FROM article WHERE body_pending = 1") })
    }

    private func problems(_ queue: DatabaseQueue) throws -> [String: String] {
        try queue.read { db in
            var found: [String: String] = [:]
            for row in try Row.fetchAll(db, sql: "SELECT path, problems FROM article") { found[row[0]] = row[1] ?? "" }
            return found
        }
    }

    @Test("the head pass lists every article by its front matter, reading only heads where they decide")
    func headPassLists() throws {
        let library = try makeLibrary(), store = try TemporaryStore()
        let queue = try makeIndex(store)
        let scan = LibraryScanner.scan(root: library.root.path)
        _ = try queue.write { try IndexSync.run($0, files: scan.files, folders: scan.folders, taxonomies: .default, headsFirst: true) }

        let pending = try pendingPaths(queue)
        #expect(pending == ["plain.md", "more.md", "longfm.md", "hexo.md", "binary.md", "toml.md", "blankfirst.md", "short.md"],
                "\(pending.sorted())")
        let summaries = try self.summaries(queue)
        let titles = Dictionary(uniqueKeysWithValues: summaries.map { ($0.path, $0.title) })
        #expect(titles["longfm.md"] == "长前言")
        #expect(titles["hugefm.md"] == "超长前言")
        #expect(titles["nofm.md"] == "无前言标题")
        #expect(titles["headingtitle.md"] == "正文标题")
        #expect(titles["hexo.md"] == "海克斯")
        #expect(titles["broken.md"] == "broken")
        #expect(titles["toml.md"] == "托姆")
        #expect(titles["blankfirst.md"] == "空行在前")
        #expect(summaries.first { $0.path == "longfm.md" }?.tags.count == 400)
        // What needs the body waits for it: no summary, no outlets yet.
        let plain = try #require(summaries.first { $0.path == "plain.md" })
        #expect(plain.summary == nil && plain.outlets.isEmpty)
        #expect(try problems(queue)["broken.md"]?.contains("never closed") == true)
    }

    @Test("after the body pass the index holds exactly what a full build holds, and nothing is pending")
    func bodyPassMatchesFullBuild() throws {
        let library = try makeLibrary(), store = try TemporaryStore(), fullStore = try TemporaryStore()
        let heads = try makeIndex(store), full = try makeIndex(fullStore)
        let scan = LibraryScanner.scan(root: library.root.path)
        _ = try heads.write { try IndexSync.run($0, files: scan.files, folders: scan.folders, taxonomies: .default, headsFirst: true) }
        try BodyPass.fill(heads, library: bodyLibrary(library))
        _ = try full.write { try IndexSync.run($0, files: scan.files, folders: scan.folders, taxonomies: .default) }

        #expect(try pendingPaths(heads).isEmpty)
        let built = try summaries(heads), expected = try summaries(full)
        #expect(built == expected)
        #expect(built.first { $0.path == "more.md" }?.summary == "开头一段话。")
        #expect(built.first { $0.path == "plain.md" }?.outlets == ["示例网"])
        #expect(!built.contains { $0.path == "binary.md" })
        #expect(try problems(heads) == problems(full))
        let texts = try heads.read { try Int.fetchOne($0, sql: "SELECT count(*) FROM pending_text") }
        #expect(texts == expected.count)
    }

    @Test("a file deleted between the walk and the head read, or before its body is read, is reported and retried; the rest are listed")
    func deletedFiles() throws {
        let library = try makeLibrary(), store = try TemporaryStore()
        let queue = try makeIndex(store)
        let scan = LibraryScanner.scan(root: library.root.path)
        try FileManager.default.removeItem(at: library.root.appendingPathComponent("short.md"))
        _ = try queue.write { try IndexSync.run($0, files: scan.files, folders: scan.folders, taxonomies: .default, headsFirst: true) }
        #expect(try queue.read(IndexSync.storedFingerprint) == "")
        try FileManager.default.removeItem(at: library.root.appendingPathComponent("plain.md"))
        try queue.write { try $0.execute(sql: "UPDATE meta SET value = 'x' WHERE key = 'fingerprint'") }
        try BodyPass.fill(queue, library: bodyLibrary(library))

        let listed = Set(try summaries(queue).map(\.path))
        #expect(!listed.contains("plain.md") && !listed.contains("short.md"))
        #expect(listed.isSuperset(of: ["more.md", "longfm.md", "hexo.md", "nofm.md"]))
        let found = try problems(queue)
        #expect(found["plain.md"]?.contains("cannot read file") == true)
        #expect(found["short.md"]?.contains("cannot read file") == true)
        // Cleared again by the body pass: the next launch tries the files again.
        #expect(try queue.read(IndexSync.storedFingerprint) == "")
    }

    @Test("a file rewritten between its head and its body is stored as it is now")
    func changedBeforeBody() throws {
        let library = try makeLibrary(), store = try TemporaryStore()
        let queue = try makeIndex(store)
        let scan = LibraryScanner.scan(root: library.root.path)
        _ = try queue.write { try IndexSync.run($0, files: scan.files, folders: scan.folders, taxonomies: .default, headsFirst: true) }
        let rewritten = Self.longArticle(frontMatter: Self.frontMatter("改过的标题", day: 9)) + "补一句。\n"
        try library.write("plain.md", rewritten)
        try library.touch("plain.md", secondsAgo: 5)
        try BodyPass.fill(queue, library: bodyLibrary(library))

        #expect(try summaries(queue).first { $0.path == "plain.md" }?.title == "改过的标题")
        let size = try queue.read { try Int.fetchOne($0, sql: "SELECT size FROM article WHERE path = 'plain.md'") }
        #expect(size == rewritten.utf8.count)
        // The row names the file as it is: a later sync sees nothing to parse again.
        let report = try queue.write { try IndexSync.run($0, files: LibraryScanner.scan(root: library.root.path).files, folders: [], taxonomies: .default) }
        #expect(!report.parsed.contains("plain.md"))
    }

    @Test("the reader lists at once; the bodies' details follow as a change, and a search finds body text")
    func readerOpen() throws {
        let library = try makeLibrary(), store = try TemporaryStore()
        let catalog = try LibraryCatalog.open(root: library.root, locations: store.locations, rebuildIndex: false, busyTimeout: 0.2,
                                              listBeforeBodies: true)
        // binary.md is listed by its valid head until its body shows it is not text (how far the
        // background pass has got by now is a race: the head pass's own test shows that state).
        #expect(catalog.summaries.contains { $0.path == "longfm.md" })
        try catalog.waitUntilBodiesDone()
        #expect(catalog.areBodiesDone)
        #expect(catalog.summaries.first { $0.path == "plain.md" }?.outlets == ["示例网"])
        #expect(catalog.summaries.count == 11)
        #expect(try catalog.search("冷却").count == 10)
        #expect(catalog.problems.contains { $0.path == "binary.md" })
    }

    /// Puts the index back where a reader killed in its body pass left it, with `paths` pending
    /// (the search fill starts only after the body pass, so its tables are empty).
    private func markPending(_ store: TemporaryStore, _ library: TemporaryLibrary, paths: [String]) throws {
        let name = try #require(store.cacheFiles().first { $0.hasSuffix(".sqlite") })
        let queue = try DatabaseQueue(path: store.locations.cacheDirectory.path + "/" + name,
                                      configuration: IndexFile.configuration(busyTimeout: 5, wal: true))
        try queue.write { db in
            for path in paths {
                try db.execute(sql: """
                    UPDATE article SET body_pending = 1, summary = NULL, outlets = '', minutes = 1, characters = 0, blocks = 0
                    WHERE path = ?
                    """, arguments: [path])
            }
            try db.execute(sql: "INSERT INTO search (search) VALUES ('delete-all')")
            try db.execute(sql: "INSERT INTO title_search (title_search) VALUES ('delete-all')")
            try db.execute(sql: "DELETE FROM pending_text")
            try IndexSchema.setSearchFilled(through: 0, db)
            // The bodies parsed before the stop left their text waiting for the fill.
            let searchText = try SearchText(db)
            for row in try Row.fetchAll(db, sql: "SELECT rowid, path, article_id FROM article WHERE status = 1 AND body_pending = 0") {
                let file = try #require(ArticleFile.onDisk(root: library.root, relativePath: row[1], id: ArticleID(row[2])))
                try searchText.write(rowID: row[0], IndexRecord(parsing: file, taxonomies: .default))
            }
        }
        try queue.close()
    }

    @Test("a command that finishes pending bodies counts them as 正文, up to every one")
    func commandReportsBodies() throws {
        let library = try makeLibrary(), store = try TemporaryStore()
        try LibraryCatalog.open(root: library.root, locations: store.locations, rebuildIndex: false, busyTimeout: 0.2,
                                listBeforeBodies: true).waitUntilBodiesDone()
        try markPending(store, library, paths: ["plain.md", "more.md", "longfm.md", "hexo.md"])
        nonisolated(unsafe) var reports: [IndexProgress] = []
        _ = try LibraryCatalog.open(root: library.root, locations: store.locations) { reports.append($0) }
        let last = try #require(reports.last)
        #expect(last.phase == .bodies && last.done == 4 && last.total == 4)
        #expect(last.line.hasPrefix("正文 4 / 4"))
    }

    @Test("bodies left pending by a run that stopped are parsed by the next open; a command waits for them")
    func resumes() throws {
        let library = try makeLibrary(), store = try TemporaryStore()
        let first = try LibraryCatalog.open(root: library.root, locations: store.locations, rebuildIndex: false, busyTimeout: 0.2,
                                            listBeforeBodies: true)
        try first.waitUntilBodiesDone()
        let complete = first.summaries
        try markPending(store, library, paths: ["plain.md", "more.md", "longfm.md"])

        let command = try store.open(library)
        #expect(command.summaries == complete)
        let reader = try LibraryCatalog.open(root: library.root, locations: store.locations, rebuildIndex: false, busyTimeout: 0.2,
                                             listBeforeBodies: true)
        try reader.waitUntilBodiesDone()
        #expect(reader.summaries == complete)
        #expect(try reader.search("冷却").count == 10)
    }
}
