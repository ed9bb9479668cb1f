import Foundation
import NewsCore
import Testing
@testable import NewsStore

/// The live library: files added, changed, moved and deleted while a catalog is open reach it
/// through the watcher, with inotify and with the polling fallback alike.
@Suite("A watched library follows its folder", .serialized)
struct LibraryWatcherTests {
    /// Both ways of noticing changes: inotify, and the `stat`-walk fallback.
    static let modes = [false, true]

    private func open(_ library: TemporaryLibrary, _ store: TemporaryStore, polling: Bool) throws -> LibraryCatalog {
        let catalog = try LibraryCatalog.open(root: library.root, locations: store.locations)
        let mode = catalog.startWatching(forcePolling: polling)
        #expect(polling ? mode != .inotify : mode == .inotify)
        return catalog
    }

    /// Takes changes until `done` holds for what was gathered, or fails after 6 s.
    private func gather(_ catalog: LibraryCatalog, until done: (LibraryChange) -> Bool) throws -> LibraryChange {
        var gathered = LibraryChange()
        let deadline = Date().addingTimeInterval(6)
        while Date() < deadline {
            if let change = try catalog.takeChange() {
                gathered.added += change.added
                gathered.updated += change.updated
                gathered.removed += change.removed
                if done(gathered) { return gathered }
            }
            usleep(50_000)
        }
        Issue.record("no such change within 6 s; gathered \(gathered)")
        return gathered
    }

    private func article(_ title: String, body: String = "正文。") -> String {
        sampleArticle(title: title, date: "2025-06-01T08:00:00+08:00", body: body)
    }

    @Test("a new file is listed", arguments: modes)
    func created(polling: Bool) throws {
        let library = try TemporaryLibrary(), store = try TemporaryStore()
        try library.write("a.md", article("旧文"))
        let catalog = try open(library, store, polling: polling)
        defer { catalog.stopWatching() }
        try library.write("b.md", article("新来的文章"))
        let change = try gather(catalog) { !$0.added.isEmpty }
        #expect(change.added == [ArticleID("b")])
        #expect(catalog.summaries.map(\.title).sorted() == ["新来的文章", "旧文"].sorted())
    }

    @Test("a rewritten file is updated, and its new title listed", arguments: modes)
    func modified(polling: Bool) throws {
        let library = try TemporaryLibrary(), store = try TemporaryStore()
        try library.write("a.md", article("第一版"))
        let catalog = try open(library, store, polling: polling)
        defer { catalog.stopWatching() }
        try library.write("a.md", article("第二版", body: "改过的正文，长一些。"))
        // A poll that falls in the middle of the write sees the file gone, then back: removed
        // and added again, which is the same article changed.
        let rewritten = { (change: LibraryChange) in change.updated + change.added.filter(change.removed.contains) }
        let change = try gather(catalog) { !rewritten($0).isEmpty }
        #expect(rewritten(change) == [ArticleID("a")])
        #expect(catalog.summaries.map(\.title) == ["第二版"])
        #expect(try catalog.article(ArticleID("a")).title == "第二版")
    }

    @Test("a new file's tag in another case joins the tag already listed (terms merged again)", arguments: modes)
    func newSpellingMerges(polling: Bool) throws {
        let library = try TemporaryLibrary(), store = try TemporaryStore()
        try library.write("a.md", sampleArticle(title: "旧文", date: "2025-06-01T08:00:00+08:00", tags: ["Golang"]))
        let catalog = try open(library, store, polling: polling)
        defer { catalog.stopWatching() }
        try library.write("b.md", sampleArticle(title: "新文", date: "2025-06-02T08:00:00+08:00", tags: ["golang"]))
        _ = try gather(catalog) { !$0.added.isEmpty }
        #expect(catalog.tagCounts().map(\.count) == [2])
        #expect(Set(catalog.summaries.map(\.tags)).count == 1)
    }

    @Test("a deleted file is removed", arguments: modes)
    func deleted(polling: Bool) throws {
        let library = try TemporaryLibrary(), store = try TemporaryStore()
        try library.write("a.md", article("留下"))
        try library.write("b.md", article("删掉"))
        let catalog = try open(library, store, polling: polling)
        defer { catalog.stopWatching() }
        try FileManager.default.removeItem(at: library.root.appendingPathComponent("b.md"))
        let change = try gather(catalog) { !$0.removed.isEmpty }
        #expect(change.removed == [ArticleID("b")])
        #expect(catalog.summaries.map(\.id) == [ArticleID("a")])
    }

    @Test("a moved file is removed under its old id and added under its new one", arguments: modes)
    func moved(polling: Bool) throws {
        let library = try TemporaryLibrary(), store = try TemporaryStore()
        try library.write("a.md", article("搬家"))
        try library.write("archive/keep.md", article("不动"))
        let catalog = try open(library, store, polling: polling)
        defer { catalog.stopWatching() }
        try FileManager.default.moveItem(at: library.root.appendingPathComponent("a.md"),
                                         to: library.root.appendingPathComponent("archive/a.md"))
        let change = try gather(catalog) { !$0.added.isEmpty && !$0.removed.isEmpty }
        #expect(change.added == [ArticleID("archive/a")])
        #expect(change.removed == [ArticleID("a")])
    }

    @Test("files in a folder made after the watch started are seen, later ones too", arguments: modes)
    func newSubfolder(polling: Bool) throws {
        let library = try TemporaryLibrary(), store = try TemporaryStore()
        try library.write("a.md", article("根目录"))
        let catalog = try open(library, store, polling: polling)
        defer { catalog.stopWatching() }
        try library.write("2026/01/first.md", article("新目录里的第一篇"))
        let first = try gather(catalog) { !$0.added.isEmpty }
        #expect(first.added == [ArticleID("2026/01/first")])
        // The new folders are watched now: a second file there is noticed on its own.
        try library.write("2026/01/second.md", article("新目录里的第二篇"))
        let second = try gather(catalog) { !$0.added.isEmpty }
        #expect(second.added == [ArticleID("2026/01/second")])
    }

    @Test("a burst of writes becomes few refreshes that list every file")
    func burst() throws {
        let library = try TemporaryLibrary(), store = try TemporaryStore()
        let catalog = try open(library, store, polling: false)
        defer { catalog.stopWatching() }
        for number in 1...30 { try library.write("burst/\(number).md", article("第\(number)篇")) }
        let change = try gather(catalog) { $0.added.count >= 30 }
        #expect(Set(change.added).count == 30)
        #expect(catalog.summaries.count == 30)
    }

    @Test("hidden files (editor swap files) change nothing")
    func hiddenFilesAreIgnored() throws {
        let library = try TemporaryLibrary(), store = try TemporaryStore()
        try library.write("a.md", article("一篇"))
        let catalog = try open(library, store, polling: false)
        defer { catalog.stopWatching() }
        try library.write(".a.md.swp", "editor state")
        usleep(1_500_000)
        #expect(try catalog.takeChange() == nil)
    }

    @Test("two catalogs on one library both follow a change (the second finds the index already synced)")
    func twoReaders() throws {
        let library = try TemporaryLibrary(), store = try TemporaryStore()
        try library.write("a.md", article("一篇"))
        let first = try open(library, store, polling: false)
        let second = try open(library, store, polling: false)
        defer {
            first.stopWatching()
            second.stopWatching()
        }
        try library.write("b.md", article("两个读者都要看到"))
        #expect(try gather(first) { !$0.added.isEmpty }.added == [ArticleID("b")])
        #expect(try gather(second) { !$0.added.isEmpty }.added == [ArticleID("b")])
    }
}

@Suite("A warm launch lists the index before the walk ends, then revalidates")
struct WarmLaunchRevalidationTests {
    @Test("files added, changed and deleted while nobody was reading show after revalidating")
    func revalidates() throws {
        let library = try TemporaryLibrary(), store = try TemporaryStore()
        let date = "2025-06-01T08:00:00+08:00"
        try library.write("a.md", sampleArticle(title: "甲", date: date))
        try library.write("b.md", sampleArticle(title: "乙", date: date))
        _ = try LibraryCatalog.open(root: library.root, locations: store.locations)
        try library.write("c.md", sampleArticle(title: "丙", date: date))
        try library.write("a.md", sampleArticle(title: "甲（改）", date: date, body: "新的正文，长了一些。"))
        try FileManager.default.removeItem(at: library.root.appendingPathComponent("b.md"))

        let catalog = try LibraryCatalog.open(root: library.root, locations: store.locations, revalidateInBackground: true)
        let change = try #require(try catalog.revalidate())
        #expect(change.added == [ArticleID("c")])
        #expect(change.updated == [ArticleID("a")])
        #expect(change.removed == [ArticleID("b")])
        #expect(Set(catalog.summaries.map(\.title)) == ["甲（改）", "丙"])
        #expect(try catalog.search("丙").map(\.id) == [ArticleID("c")])
        // Nothing more to find the second time.
        #expect(try catalog.revalidate() == nil)
    }

    @Test("an unchanged library revalidates to nothing")
    func unchanged() throws {
        let library = try TemporaryLibrary(), store = try TemporaryStore()
        try library.write("a.md", sampleArticle(title: "甲", date: "2025-06-01T08:00:00+08:00"))
        _ = try LibraryCatalog.open(root: library.root, locations: store.locations)
        let catalog = try LibraryCatalog.open(root: library.root, locations: store.locations, revalidateInBackground: true)
        #expect(catalog.summaries.map(\.title) == ["甲"])
        #expect(try catalog.revalidate() == nil)
    }
}

@Suite("A library that changes during its first build")
struct ChangeDuringBuildTests {
    @Test("a file written after the build's walk, before the watch, is found once watching starts")
    func fileAfterWalk() throws {
        let library = try TemporaryLibrary(), store = try TemporaryStore()
        let date = "2025-06-01T08:00:00+08:00"
        try library.write("a.md", sampleArticle(title: "甲", date: date))
        let catalog = try LibraryCatalog.open(root: library.root, locations: store.locations)
        // Between the build and the watch: no inotify event will ever report it.
        try library.write("late.md", sampleArticle(title: "迟到的文章", date: date))
        catalog.startWatching()
        defer { catalog.stopWatching() }
        var found: LibraryChange?
        for _ in 0..<100 where found == nil {
            found = try catalog.takeChange()
            usleep(50_000)
        }
        #expect(found?.added == [ArticleID("late")])
    }
}
