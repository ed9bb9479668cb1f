import Foundation
import NewsCore
import NewsReading
import Testing
@testable import NewsUI

/// The measure, the title bar's reading time and script-blind in-article search (issue #17).
@Suite("Reading: measure, reading time, script-blind search")
struct ReadingMeasureTests {
    @Test("article text is never wider than text_width, and 0 gives the full width")
    func measure() {
        #expect(AppDriver(width: 120, height: 24).app.textWidth == 0, "the runtime sets the configured measure")
        var driver = AppDriver(width: 120, height: 24)
        driver.app.textWidth = 40
        driver.open()
        #expect(driver.article?.rendered.width == 40)
        var full = AppDriver(width: 120, height: 24)
        full.app.textWidth = 0
        full.open()
        #expect(full.article?.rendered.width == 118)
    }

    @Test("a narrow terminal wraps at its own width, below the measure")
    func narrowTerminal() {
        var driver = AppDriver(width: 50, height: 24)
        driver.app.textWidth = 72
        driver.open()
        #expect(driver.article?.rendered.width == 48)
    }

    @Test("the title bar says about how long the article takes and how long it is")
    func readingNote() {
        let driver = AppDriver.reading(width: 100, height: 24)
        let time = ReadingTime(document: Fixtures.scaleArticle.document)
        #expect(time.characters > 400)
        #expect(driver.lines[0].hasSuffix("约 \(time.minutes) 分钟 · \(time.characters) 字  1/4"))
        let narrow = AppDriver.reading(width: 40, height: 24)
        #expect(!narrow.lines[0].contains("分钟"), "a narrow bar keeps the title instead")
    }

    @Test("/ finds Simplified text with a Traditional query, marking the text as written")
    func scriptBlindSearch() throws {
        var driver = AppDriver.reading(width: 80, height: 24)
        driver.press(.character("/"))
        driver.type("數據")
        driver.press(.enter)
        let traditional = try #require(driver.article?.search?.matches)
        driver.press(.escape)
        driver.press(.character("/"))
        driver.type("数据")
        driver.press(.enter)
        let simplified = try #require(driver.article?.search?.matches)
        #expect(!traditional.isEmpty)
        #expect(traditional == simplified)
    }
}
