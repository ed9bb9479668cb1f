import NewsCore
import Testing
@testable import NewsUI

@Suite("Search snippets on the status line")
struct SearchSnippetTests {
    @Test("a Chinese snippet whose later matches lie past a narrow screen's edge is drawn without them")
    func matchesPastTheEdgeAreSkipped() {
        var driver = AppDriver(width: 24, height: 8)
        let snippet = String(repeating: "数据中心的电力", count: 9)
        driver.send(.searchFinished(query: "数据", results: [
            SearchResult(id: Fixtures.privacyID, snippet: snippet, highlights: [0..<2, 21..<23, 49..<51]),
        ]))
        driver.press(.character("j"))
        let status = driver.lines[7]
        #expect(status.hasPrefix(" 数据中心"))
    }

    @Test("a control character in a snippet shows as a stand-in and the match after it stays marked")
    func controlCharactersKeepHighlightsInPlace() {
        var driver = AppDriver(width: 40, height: 8)
        driver.send(.searchFinished(query: "GPU", results: [
            SearchResult(id: Fixtures.privacyID, snippet: "a\u{1B}b GPU", highlights: [4..<7]),
        ]))
        driver.press(.character("j"))
        let buffer = driver.app.render()
        #expect(buffer.lines[7].hasPrefix(" a␛b GPU"))
        #expect(buffer[7, 5].style.role == .match)
        #expect(buffer[7, 4].style.role != .match)
    }
}
