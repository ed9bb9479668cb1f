import NewsCore
import Testing
@testable import NewsUI

@Suite("The featured picture in the reader")
struct ArticlePictureTests {
    /// The Scale AI article with a featured image.
    static let article = Fixtures.parse(Fixtures.scaleMarkdown.replacingOccurrences(
        of: "main_topics: [投融资与市场洞察]\n", with: "main_topics: [投融资与市场洞察]\nfeatured_image: /images/scale.png\n"),
        id: Fixtures.scaleID)

    /// A 6×3 picture: red upper halves over blue, in palette colours.
    static func cells(columns: Int = 6, rows: Int = 3) -> PictureCells {
        PictureCells(columns: columns, rows: rows, cells: Array(repeating: PictureCell(
            symbol: "▀", colors: PictureColors(foreground: 196, background: 21)), count: columns * rows))
    }

    private func openWithPictures(width: Int = 80, height: Int = 24) -> (AppDriver, PictureRequest?) {
        var driver = AppDriver(width: width, height: height)
        driver.app.pictures = true
        let effects = driver.open(Self.article)
        let request = effects.compactMap { effect -> PictureRequest? in
            if case .drawPicture(let request) = effect { return request }
            return nil
        }.first
        return (driver, request)
    }

    @Test("opening the article asks for its featured picture in a box as wide as the text and half the screen high")
    func asksForPicture() throws {
        let (_, request) = openWithPictures()
        let asked = try #require(request)
        #expect(asked == PictureRequest(article: Fixtures.scaleID, articlePath: "2025/06/scale-ai.md",
                                        reference: "/images/scale.png", maxColumns: 78, maxRows: 12))
    }

    @Test("with pictures off nothing is asked for")
    func picturesOff() {
        var driver = AppDriver()
        #expect(!driver.open(Self.article).contains { if case .drawPicture = $0 { return true } else { return false } })
    }

    @Test("the drawn picture fills rows under the [图片] line, in its own colours, and the text moves down")
    func drawsPicture() throws {
        var (driver, request) = openWithPictures()
        let before = driver.lines
        let placeholder = try #require(before.firstIndex { $0.contains("[图片] /images/scale.png") })
        driver.send(.pictureDrawn(try #require(request), Self.cells()))
        let buffer = driver.app.render()
        for row in (placeholder + 1)...(placeholder + 3) {
            #expect(buffer[row, 1].text == "▀")
            #expect(buffer[row, 1].style.picture == PictureColors(foreground: 196, background: 21))
            #expect(buffer[row, 7].text == " ", "the picture is 6 columns wide")
        }
        #expect(driver.lines[placeholder + 4] == before[placeholder + 1], "the rule follows the picture")
    }

    @Test("the picture scrolls with the text")
    func scrolls() throws {
        var (driver, request) = openWithPictures()
        let placeholder = try #require(driver.lines.firstIndex { $0.contains("[图片] /images/scale.png") })
        driver.send(.pictureDrawn(try #require(request), Self.cells()))
        driver.press(.character("j"), .character("j"))
        // Two lines down: the picture's three rows are now on rows placeholder - 1 … placeholder + 1.
        let buffer = driver.app.render()
        #expect(driver.lines[placeholder - 2].contains("[图片] /images/scale.png"))
        #expect((placeholder - 1...placeholder + 1).allSatisfy { buffer[$0, 1].text == "▀" })
        #expect(buffer[placeholder + 2, 1].text != "▀")
    }

    @Test("a picture for another article or size is ignored; a resize asks again")
    func staleAnswers() throws {
        var (driver, request) = openWithPictures()
        let asked = try #require(request)
        var other = asked
        other.maxColumns = 40
        driver.send(.pictureDrawn(other, Self.cells()))
        #expect(!driver.lines.contains { $0.contains("▀") })
        driver.send(.pictureDrawn(asked, Self.cells()))
        #expect(driver.lines.contains { $0.contains("▀") })
        let effects = driver.send(.resized(width: 60, height: 30))
        #expect(effects == [.drawPicture(PictureRequest(article: Fixtures.scaleID, articlePath: "2025/06/scale-ai.md",
                                                        reference: "/images/scale.png", maxColumns: 58, maxRows: 15))])
        #expect(!driver.lines.contains { $0.contains("▀") }, "the old size's picture is not drawn at the new width")
    }

    @Test("a failed picture leaves the text as it was, the status line free")
    func failure() throws {
        var (driver, request) = openWithPictures()
        let before = driver.lines
        driver.send(.pictureFailed(try #require(request), reason: "file not found"))
        #expect(driver.lines == before)
    }
}

@Suite("Body pictures in the reader")
struct ArticleBodyPictureTests {
    static let article = Fixtures.parse("""
        ---
        title: 正文图片
        date: 2025-06-20
        ---

        第一段文字。

        ![图表](chart.png)

        最后一段文字。
        """, id: Fixtures.scaleID)

    @Test("a body block's image is asked for under that block and drawn right after it")
    func bodyPicture() throws {
        var driver = AppDriver()
        driver.app.pictures = true
        let requests = driver.open(Self.article).compactMap { effect -> PictureRequest? in
            if case .drawPicture(let request) = effect { return request }
            return nil
        }
        #expect(requests.map(\.block) == [2], "block 2: the image's paragraph (the header is 0)")
        let request = try #require(requests.first)
        #expect(request.reference == "chart.png" && request.articlePath == "2025/06/scale-ai.md")
        let before = driver.lines
        let alt = try #require(before.firstIndex { $0.contains("图表") })
        driver.send(.pictureDrawn(request, ArticlePictureTests.cells(columns: 4, rows: 2)))
        let buffer = driver.app.render()
        #expect(buffer[alt + 1, 1].text == "▀" && buffer[alt + 2, 1].text == "▀")
        #expect(driver.lines[alt + 3] == before[alt + 1], "the text after the image moved down by its rows")
        #expect(driver.lines.contains { $0.contains("最后一段文字。") })
    }

    @Test("every image of a block is asked for and drawn, one under the other after the block")
    func everyImageOfABlock() throws {
        var driver = AppDriver()
        driver.app.pictures = true
        let requests = driver.open(Fixtures.parse("""
            ---
            title: 两张图
            date: 2025-06-20
            ---

            ![甲图](a.png) 和 ![乙图](b.png)

            最后一段文字。
            """, id: Fixtures.scaleID)).compactMap { effect -> PictureRequest? in
            if case .drawPicture(let request) = effect { return request }
            return nil
        }
        #expect(requests.map(\.reference) == ["a.png", "b.png"])
        #expect(requests.map(\.block) == [1, 1] && requests.map(\.image) == [0, 1], "block 1: the first body block")
        let before = driver.lines
        let paragraph = try #require(before.firstIndex { $0.contains("乙图") })
        driver.send(.pictureDrawn(requests[1], PictureCells(columns: 3, rows: 1, cells: Array(repeating: PictureCell(
            symbol: "▄", colors: PictureColors(foreground: 46, background: 16)), count: 3))))
        driver.send(.pictureDrawn(requests[0], ArticlePictureTests.cells(columns: 4, rows: 2)))
        let buffer = driver.app.render()
        #expect(buffer[paragraph + 1, 1].text == "▀" && buffer[paragraph + 2, 1].text == "▀", "the first image first")
        #expect(buffer[paragraph + 3, 1].text == "▄", "the second right under it")
        #expect(driver.lines[paragraph + 4] == before[paragraph + 1], "the text after moved down by both")
    }
}
