import NewsCore
import NewsReading
import XCTest

final class ReadingTimeTests: XCTestCase {
    func testCountsHanCharactersAndLatinWords() {
        let time = ReadingTime(text: "英伟达发布了新的GPU，售价 1999 美元。It's fast.")
        XCTAssertEqual(time.cjkCharacters, 12)
        XCTAssertEqual(time.words, 4)
        XCTAssertEqual(time.characters, 16)
    }

    func testPunctuationAndSpacesDoNotCount() {
        XCTAssertEqual(ReadingTime(text: "，。！？ 、「」——……").characters, 0)
    }

    func testFourHundredChineseCharactersTakeAboutAMinute() {
        XCTAssertEqual(ReadingTime(text: String(repeating: "字", count: 400)).minutes, 1)
        XCTAssertEqual(ReadingTime(text: String(repeating: "字", count: 2000)).minutes, 5)
    }

    func testTwoHundredEnglishWordsTakeAboutAMinute() {
        XCTAssertEqual(ReadingTime(text: String(repeating: "word ", count: 600)).minutes, 3)
    }

    func testMixedTextAddsBothPaces() {
        let text = String(repeating: "字", count: 800) + String(repeating: " word", count: 200)
        XCTAssertEqual(ReadingTime(text: text).minutes, 3)
    }

    func testAShortOrEmptyArticleTakesAtLeastOneMinute() {
        XCTAssertEqual(ReadingTime(text: "").minutes, 1)
        XCTAssertEqual(ReadingTime(text: "短讯。").minutes, 1)
    }

    func testTheBodyCountsButNotItsSources() {
        let document = MarkdownParser.parse("""
            ## 标题

            正文有五个字[^1]。

            - 列表

            [^1]: [很长很长的引用标题](https://example.com)·媒体
            """)
        let time = ReadingTime(document: document)
        XCTAssertEqual(time.cjkCharacters, 2 + 6 + 2)
        XCTAssertEqual(time.words, 0)
    }
}
