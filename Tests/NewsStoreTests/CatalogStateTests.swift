import Foundation
import NewsCore
import Testing
@testable import NewsStore

@Suite("Catalog keeps the user's state")
struct CatalogStateTests {
    @Test("read marks, stars and positions come back when the library is opened again, even after a reindex")
    func stateSurvivesReopeningAndReindexing() throws {
        let library = try TemporaryLibrary(), store = try TemporaryStore()
        try library.write("a.md", sampleArticle(title: "甲", date: "2025-06-01"))
        try library.write("b.md", sampleArticle(title: "乙", date: "2025-06-02"))
        let first = try store.open(library)
        try first.setRead(true, for: ArticleID("a"))
        try first.setStarred(true, for: ArticleID("b"))
        try first.savePosition(ReadingPosition(block: 3, offset: 17), for: ArticleID("a"))

        let reopened = try store.open(library, rebuild: true)
        #expect(reopened.state.read == [ArticleID("a")])
        #expect(reopened.state.starred == [ArticleID("b")])
        #expect(reopened.state.positions[ArticleID("a")] == ReadingPosition(block: 3, offset: 17))
        #expect(reopened.stateNotice == nil)
    }

    @Test("a damaged state database is moved aside and the catalog says so")
    func damagedStateIsReported() throws {
        let library = try TemporaryLibrary(), store = try TemporaryStore()
        try library.write("a.md", sampleArticle(title: "甲", date: "2025-06-01"))
        try FileManager.default.createDirectory(at: store.locations.dataDirectory, withIntermediateDirectories: true)
        let stateFile = store.locations.dataDirectory.appendingPathComponent(StateStore.fileName)
        try Data("this is not a database, just text that a careless editor left here".utf8).write(to: stateFile)

        let catalog = try store.open(library)
        let notice = try #require(catalog.stateNotice)
        #expect(notice.contains("corrupt"))
        let kept = try FileManager.default.contentsOfDirectory(atPath: store.locations.dataDirectory.path)
        #expect(kept.contains { $0.hasPrefix("state.sqlite.corrupt-") })
        try catalog.setRead(true, for: ArticleID("a"))
        #expect(try store.open(library).state.read == [ArticleID("a")])
    }
}
