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
