import Foundation
import Testing
@testable import NewsCore

@Suite("Article dates keep the offset they were written in")
struct ArticleDateTests {
    @Test("ISO 8601 output keeps a positive and a negative offset")
    func formatsWithOffset() {
        // 2025-06-25T01:10:04Z written in Beijing time.
        let beijing = ArticleDate(instant: Date(timeIntervalSince1970: 1_750_813_804), utcOffsetSeconds: 8 * 3600)
        #expect(beijing.iso8601 == "2025-06-25T09:10:04+08:00")
        #expect(beijing.displayText == "2025-06-25 09:10 +08:00")
        #expect(beijing.day == "2025-06-25")
        let newYork = ArticleDate(instant: Date(timeIntervalSince1970: 1_750_813_804), utcOffsetSeconds: -5 * 3600)
        #expect(newYork.iso8601 == "2025-06-24T20:10:04-05:00")
        #expect(newYork.day == "2025-06-24")
    }

    @Test("dates compare by instant, whatever their offsets")
    func comparesByInstant() {
        let early = ArticleDate(instant: Date(timeIntervalSince1970: 100), utcOffsetSeconds: 9 * 3600)
        let late = ArticleDate(instant: Date(timeIntervalSince1970: 200), utcOffsetSeconds: -8 * 3600)
        #expect(early < late)
    }
}
