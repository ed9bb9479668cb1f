import Foundation
import NewsCore
import NewsReading
import XCTest

final class RelatedArticlesTests: XCTestCase {
    private func profile(
        _ id: String, day: Int, tags: [String] = [], topics: [String] = [], series: [String] = [],
        outlets: [String] = []
    ) -> RelatedProfile {
        RelatedProfile(
            id: ArticleID(id), title: "标题\(id)",
            date: ArticleDate(instant: Date(timeIntervalSince1970: Double(day) * 86_400)),
            tags: tags, topics: topics, series: series, outlets: outlets)
    }

    func testARareSharedTagOutweighsACommonSharedTopic() {
        var profiles = [
            profile("a", day: 1, tags: ["光刻机"], topics: ["科技"]),
            profile("rare", day: 2, tags: ["光刻机"]),
            profile("common", day: 3, topics: ["科技"]),
        ]
        for index in 0..<10 { profiles.append(profile("filler\(index)", day: 0, topics: ["科技"])) }
        let related = RelatedArticles(profiles).related(to: ArticleID("a"), limit: 2)
        XCTAssertEqual(related.map(\.id.rawValue), ["rare", "common"])
        XCTAssertGreaterThan(related[0].score, related[1].score)
        XCTAssertEqual(related[0].shared.map(\.description), ["tag:光刻机"])
    }

    func testNeverListsTheArticleItself() {
        let profiles = [profile("a", day: 1, tags: ["芯片"]), profile("b", day: 2, tags: ["芯片"])]
        let related = RelatedArticles(profiles).related(to: ArticleID("a"))
        XCTAssertEqual(related.map(\.id.rawValue), ["b"])
    }

    func testNeverListsATranslationOfTheArticle() {
        let profiles = [
            profile("docs/reward/index.zh-hans", day: 1, tags: ["打赏"]), profile("docs/reward/index.zh-hant", day: 1, tags: ["打赏"]),
            profile("about", day: 1, tags: ["打赏"]), profile("about.en", day: 1, tags: ["打赏"]),
            profile("docs/other/index.zh-hans", day: 2, tags: ["打赏"]),
        ]
        let related = RelatedArticles(profiles)
        XCTAssertEqual(Set(related.related(to: ArticleID("docs/reward/index.zh-hans")).map(\.id.rawValue)),
                       ["about", "about.en", "docs/other/index.zh-hans"])
        XCTAssertEqual(Set(related.related(to: ArticleID("about")).map(\.id.rawValue)),
                       ["docs/reward/index.zh-hans", "docs/reward/index.zh-hant", "docs/other/index.zh-hans"])
    }

    func testEqualScoresPutTheNewestFirst() {
        let profiles = [
            profile("a", day: 5, tags: ["芯片"]), profile("old", day: 1, tags: ["芯片"]),
            profile("new", day: 9, tags: ["芯片"]), profile("mid", day: 4, tags: ["芯片"]),
        ]
        XCTAssertEqual(RelatedArticles(profiles).related(to: ArticleID("a")).map(\.id.rawValue), ["new", "mid", "old"])
    }

    func testMoreSharedTermsScoreHigher() {
        let profiles = [
            profile("a", day: 1, tags: ["芯片"], series: ["周报"], outlets: ["智东西"]),
            profile("one", day: 9, tags: ["芯片"]),
            profile("three", day: 2, tags: ["芯片"], series: ["周报"], outlets: ["智東西"]),
        ]
        let related = RelatedArticles(profiles).related(to: ArticleID("a"))
        XCTAssertEqual(related.map(\.id.rawValue), ["three", "one"])
        XCTAssertEqual(Set(related[0].shared.map(\.kind)), [.tag, .series, .outlet])
    }

    func testATagAndATopicOfTheSameNameAreDifferentTerms() {
        let profiles = [profile("a", day: 1, tags: ["AI"]), profile("b", day: 2, topics: ["AI"])]
        XCTAssertEqual(RelatedArticles(profiles).related(to: ArticleID("a")), [])
    }

    func testTheLimitCapsTheList() {
        var profiles = [profile("a", day: 0, tags: ["芯片"])]
        for index in 1...8 { profiles.append(profile("p\(index)", day: index, tags: ["芯片"])) }
        let related = RelatedArticles(profiles)
        XCTAssertEqual(related.related(to: ArticleID("a"), limit: 3).count, 3)
        XCTAssertEqual(related.related(to: ArticleID("a")).count, 5)
        XCTAssertEqual(related.related(to: ArticleID("missing")), [])
    }
}
