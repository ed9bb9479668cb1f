import Foundation
import Testing
@testable import NewsStore

@Suite("A first build says how far it has got")
struct IndexProgressTests {
    @Test("the line gives counts with separators, the rate and the time left")
    func line() {
        let progress = IndexProgress(done: 12_300, total: 100_000, elapsed: 3)
        #expect(progress.line == "索引 12,300 / 100,000 · 4,100 篇/秒 · 约 22 秒")
        #expect(IndexProgress(done: 0, total: 640, elapsed: 0).line == "索引 0 / 640")
        #expect(IndexProgress.grouped(1_234_567) == "1,234,567")
        #expect(IndexProgress.grouped(999) == "999")
    }

    @Test("the background phases name themselves: 正文 while bodies are parsed, 搜索索引 while search is filled")
    func phaseNames() {
        var bodies = IndexProgress(done: 3_200, total: 10_000, elapsed: 8)
        bodies.phase = .bodies
        #expect(bodies.line == "正文 3,200 / 10,000 · 400 篇/秒 · 约 17 秒")
        var search = IndexProgress(done: 0, total: 10_000, elapsed: 0)
        search.phase = .search
        #expect(search.line == "搜索索引 0 / 10,000")
    }

    @Test("background work keeps its latest report, every chunk's, for another thread; nothing once it ended")
    func backgroundProgress() {
        let progress = BackgroundProgress()
        #expect(progress.current == nil)
        let bodies = progress.reporter(for: .bodies)
        bodies.report(done: 0, total: 600)
        bodies.report(done: 256, total: 600)
        #expect(progress.current?.phase == .bodies)
        #expect(progress.current?.done == 256)
        progress.reporter(for: .search).report(done: 0, total: 600)
        #expect(progress.current?.line == "搜索索引 0 / 600")
        progress.finish()
        #expect(progress.current == nil)
    }

    @Test("a sync's reporter keeps to ten reports a second, and always gives the last")
    func syncReporterIsPaced() {
        nonisolated(unsafe) var reports: [Int] = []
        let reporter = IndexProgressReporter { reports.append($0.done) }
        for done in 0...1_000 { reporter.report(done: done, total: 1_000) }
        #expect(reports.first == 0)
        #expect(reports.last == 1_000)
        #expect(reports.count < 20)
    }

    @Test("a first build reports rising counts ending at every file; a warm open reports nothing")
    func reports() throws {
        let library = try TemporaryLibrary(), store = try TemporaryStore()
        for number in 0..<300 {
            try library.write("a/\(number).md", sampleArticle(title: "第\(number)篇", date: "2025-06-01T08:00:00+08:00"))
        }
        nonisolated(unsafe) var reports: [IndexProgress] = []
        _ = try LibraryCatalog.open(root: library.root, locations: store.locations) { reports.append($0) }
        #expect(!reports.isEmpty)
        #expect(reports.last?.done == 300 && reports.last?.total == 300)
        #expect(zip(reports, reports.dropFirst()).allSatisfy { $0.done <= $1.done })

        var warm: [IndexProgress] = []
        _ = try LibraryCatalog.open(root: library.root, locations: store.locations) { warm.append($0) }
        #expect(warm.isEmpty)
    }
}
