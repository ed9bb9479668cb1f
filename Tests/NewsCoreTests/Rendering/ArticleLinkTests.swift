import Testing
@testable import NewsCore

@Suite("Every link of an article, in reading order, with its kind")
struct ArticleLinkTests {
    @Test("body links and images in order, in-page links left out, then citations")
    func order() {
        let article = RenderingFixtures.parse("""
            ---
            title: T
            ---

            [甲](https://a.example)[![图](i.png)](https://b.example)<https://c.example>[页内](#x)[^1]

            | 表 |
            |---|
            | [丁](https://d.example) |

            [^1]: [来源](https://cite.example)·媒体
            """)
        let links = ArticleLink.all(in: article)
        #expect(links.map(\.kind) == [.link, .image, .link, .link, .link, .citation])
        #expect(links.map(\.url) == ["https://a.example", "i.png", "https://b.example", "https://c.example",
                                     "https://d.example", "https://cite.example"])
        #expect(links.last?.label == "1")
    }
}
