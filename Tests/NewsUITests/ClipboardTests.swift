import NewsCore
import Testing
@testable import NewsUI

/// `y` copies a URL through the terminal (OSC 52), from the reader and the link list (issue #7).
@Suite("Copying URLs")
struct ClipboardTests {
    @Test("y on a selected reference copies its citation's URL; on a selected link, the link's")
    func copyFromReader() throws {
        var driver = AppDriver.reading()
        driver.press(.tab)
        let citationURL = try #require(driver.article?.article.citations.first?.url)
        #expect(driver.press(.character("y")) == [.copyToClipboard(citationURL)])
        driver.press(.tab, .tab)
        #expect(driver.article?.selection == .link(0))
        #expect(driver.press(.character("y")) == [.copyToClipboard("https://example.org/blog")])
    }

    @Test("y with nothing selected copies nothing and says what to do")
    func nothingSelected() {
        var driver = AppDriver.reading()
        #expect(driver.press(.character("y")).isEmpty)
        #expect(driver.status.contains("Tab"))
    }

    @Test("y in the link list copies the highlighted entry's URL")
    func copyFromLinkList() throws {
        var driver = AppDriver.reading()
        driver.press(.character("L"), .character("j"))
        let second = try #require(driver.article?.article.citations[1].url)
        #expect(driver.press(.character("y")) == [.copyToClipboard(second)])
    }

    @Test("the answer is shown on the status line, naming OSC 52; a refusal as an error")
    func answers() {
        var driver = AppDriver.reading()
        driver.send(.clipboardCopied("https://example.org/blog"))
        #expect(driver.status.contains("Copied https://example.org/blog (OSC 52"))
        driver.send(.clipboardFailed("https://a.example/\u{202E}x", reason: "it contains control or bidi formatting characters"))
        #expect(driver.status.contains("Could not copy"))
        #expect(!driver.status.unicodeScalars.contains { $0.value == 0x202E })
    }
}
