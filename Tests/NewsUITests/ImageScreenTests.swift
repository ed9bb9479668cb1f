import NewsCore
import Testing
@testable import NewsUI

@Suite("Selecting an image and showing it full screen")
struct ImageScreenTests {
    /// The featured picture's article, 80×24, pictures on.
    private func reading(pictures: Bool = true) -> AppDriver {
        var driver = AppDriver(width: 80, height: 24)
        driver.app.pictures = pictures
        driver.open(ArticlePictureTests.article)
        return driver
    }

    private func requests(_ effects: [Effect]) -> [PictureRequest] {
        effects.compactMap { effect -> PictureRequest? in
            if case .drawPicture(let request) = effect { return request }
            return nil
        }
    }

    @Test("Tab selects the featured image first and highlights its [图片] line; the status line names it")
    func tabSelectsFeaturedImage() throws {
        var driver = reading()
        driver.press(.tab)
        #expect(driver.article?.selection == .image(0))
        let buffer = driver.app.render()
        let row = try #require(buffer.lines.firstIndex { $0.contains("[图片] /images/scale.png") })
        #expect(buffer[row, 1].style.role == .selection)
        #expect(buffer[row + 1, 1].style.role != .selection)
        #expect(driver.status.contains("/images/scale.png"))
        driver.press(.tab)
        #expect(driver.article?.selection == .reference(0), "the next Tab goes on to the body's first reference")
        driver.press(.backTab)
        #expect(driver.article?.selection == .image(0))
    }

    @Test("each body image is a target of its own, in reading order after the featured one")
    func bodyImagesAreTargets() throws {
        var driver = AppDriver()
        driver.open(Fixtures.parse("""
            ---
            title: 两张图
            date: 2025-06-20
            featured_image: top.png
            ---

            ![甲图](a.png) 中间 ![乙图](b.png)
            """, id: Fixtures.scaleID))
        driver.press(.tab, .tab)
        #expect(driver.article?.selection == .image(1))
        let buffer = driver.app.render()
        let row = try #require(buffer.lines.firstIndex { $0.contains("[图片: 甲图]") })
        let column = try #require((0..<80).first { buffer[row, $0].text == "[" })
        #expect(buffer[row, column].style.role == .selection)
        driver.press(.tab)
        #expect(driver.article?.selection == .image(2))
        driver.press(.enter)
        #expect(driver.opened(ImageScreen.self)?.image.reference == "b.png")
    }

    @Test("Enter on an image asks for it at the whole screen's size and draws it between the bars")
    func enterShowsFullScreen() throws {
        var driver = reading()
        driver.press(.tab)
        let effects = driver.press(.enter)
        #expect(driver.screen == .image)
        let asked = try #require(requests(effects).first)
        #expect(asked == PictureRequest(article: Fixtures.scaleID, articlePath: "2025/06/scale-ai.md",
                                        reference: "/images/scale.png", maxColumns: 78, maxRows: 22, fillsScreen: true))
        #expect(driver.lines.contains { $0.contains("Drawing…") })
        driver.send(.pictureDrawn(asked, ArticlePictureTests.cells(columns: 40, rows: 20)))
        let buffer = driver.app.render()
        #expect(buffer.lines[0].contains("[图片: 题图] /images/scale.png"))
        let drawn = (1..<23).filter { row in (0..<80).contains { buffer[row, $0].text == "▀" } }
        #expect(drawn.count == 20, "every row of the picture is on screen")
        #expect(buffer[drawn[0], 20].style.picture == PictureColors(foreground: 196, background: 21))
        #expect(buffer[drawn[0], 19].text == " " && buffer[drawn[0], 60].text == " ", "centred: columns 20 to 59")
    }

    @Test("the reader's own smaller picture of the same image is not taken for the full-screen one")
    func ignoresOtherSizes() throws {
        var driver = reading()
        let small = try #require(driver.article?.pictureRequests(driver.app.shared).first)
        driver.press(.tab, .enter)
        driver.send(.pictureDrawn(small, ArticlePictureTests.cells()))
        #expect(!driver.lines.contains { $0.contains("▀") })
        driver.send(.pictureFailed(try #require(driver.opened(ImageScreen.self)?.request(driver.app.shared)),
                                   reason: "file not found"))
        #expect(driver.lines.contains { $0.contains("Cannot draw this image: file not found") })
    }

    @Test("a resize asks for the picture again at the new size")
    func resizeAsksAgain() throws {
        var driver = reading()
        driver.press(.tab)
        let asked = try #require(requests(driver.press(.enter)).first)
        driver.send(.pictureDrawn(asked, ArticlePictureTests.cells()))
        let effects = driver.send(.resized(width: 60, height: 30))
        #expect(requests(effects).contains { $0.maxColumns == 58 && $0.maxRows == 28 && $0.reference == "/images/scale.png" })
    }

    @Test("Backspace, Esc and q each return to the article at the same place with the image still selected",
          arguments: [KeyEvent.backspace, .escape, .character("q")])
    func returns(key: KeyEvent) {
        var driver = reading()
        driver.press(.character("j"))
        driver.press(.tab)
        let before = driver.article
        let linesBefore = driver.lines
        driver.press(.enter)
        #expect(driver.screen == .image)
        driver.press(key)
        #expect(driver.screen == .reader)
        #expect(driver.article == before)
        #expect(driver.lines == linesBefore)
    }

    @Test("o opens the selected image, from the reader and from the full screen; the runtime decides where it may go")
    func openImage() {
        var driver = reading()
        driver.press(.tab)
        let wanted = Effect.openImage(articlePath: "2025/06/scale-ai.md", reference: "/images/scale.png")
        #expect(driver.press(.character("o")) == [wanted])
        driver.press(.enter)
        #expect(driver.press(.character("o")) == [wanted])
    }

    @Test("with pictures off Enter still shows the screen, saying why nothing is drawn, and asks for nothing")
    func picturesOff() {
        var driver = reading(pictures: false)
        driver.press(.tab)
        #expect(requests(driver.press(.enter)).isEmpty)
        #expect(driver.lines.contains { $0.contains("Pictures are off") })
    }
}
