import Testing
@testable import NewsCore

@Suite("The source scanner and the parsed link agree")
struct CitationFallbackTests {
    /// Definitions in the shapes FORMAT.md lists; both ways of reading them must give one citation.
    static let variants = [
        "[标题：副标题，含空格 A B](https://example.org/x?a=1&b=2#c)·媒体·作者（2025/06/24）·检索日期2025/6/25",
        "[无作者的报道](https://example.com/a.html)·outlet.example（2025/6/24）·检索日期2025/6/25",
        "[没有检索日期](https://example.net/p)·示例周刊·王五（2025/6/24）",
        "[ASCII括号](https://example.com/q)·Example Daily·Jane Doe(2025/06/24)·检索日期2025/06/25",
        "[转义\\]的标题](https://example.com/e)·媒体（2025-06-24）",
    ]

    @Test("each usual shape reads the same from the source alone as from the parsed Markdown", arguments: variants)
    func sourceAndParsedPathsAgree(source: String) {
        var parsed = CitationFixture.citation(source)
        parsed.referenceCount = 1
        #expect(CitationFixture.citationFromSourceOnly(source) == parsed)
    }
}
