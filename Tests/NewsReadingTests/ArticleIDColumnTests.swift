import NewsCore
import NewsReading
import Testing

/// A listing's ids are kept as bytes (``ArticleIDColumn``); what it hands out must be the ids put in.
@Suite("A listing's ids, kept as one run of bytes")
struct ArticleIDColumnTests {
    private let ids = ["2024/05/一篇文章", "a", "", "posts/long-name-of-an-article-that-is-not-short", "e\u{301}"].map(ArticleID.init)

    @Test("gives back every id as put in, in order, non-ASCII and empty ones included")
    func roundTrip() {
        let column = ArticleIDColumn(ids)
        #expect(column.count == ids.count)
        #expect(Array(column) == ids)
        #expect(column[3] == ArticleID("posts/long-name-of-an-article-that-is-not-short"))
        #expect(column[4].rawValue.utf8.count == 3)
    }

    @Test("a subset keeps the ids at the positions given, in that order")
    func subset() {
        let column = ArticleIDColumn(ids)
        #expect(Array(column.subset([3, 0, 0, 2])) == [ids[3], ids[0], ids[0], ids[2]])
        #expect(column.subset([]).isEmpty)
    }

    @Test("is made again from its parts, and refuses parts that do not fit together")
    func parts() {
        let column = ArticleIDColumn(ids)
        let parts = column.parts
        #expect(ArticleIDColumn(bytes: parts.bytes, ends: parts.ends) == column)
        #expect(ArticleIDColumn(bytes: parts.bytes, ends: parts.ends.dropLast() + [parts.ends.last! + 1]) == nil)
        #expect(ArticleIDColumn(bytes: Array("ab".utf8), ends: [2, 1]) == nil)
        #expect(ArticleIDColumn(bytes: [], ends: []) == ArticleIDColumn())
    }
}
