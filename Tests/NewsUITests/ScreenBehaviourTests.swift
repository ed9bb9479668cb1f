import NewsCore
import Testing
@testable import NewsUI

@Suite("Screens: size, resize, styles")
struct ScreenBehaviourTests {
    @Test("below 20×6 every screen says the terminal is too small")
    func tooSmall() {
        for (width, height) in [(19, 24), (80, 5), (10, 3)] {
            var driver = AppDriver(width: width, height: height)
            driver.open()
            #expect(driver.lines.joined().contains("too small"), "\(width)×\(height)")
        }
        var driver = AppDriver(width: 19, height: 6)
        expectScreen(driver.app.render(), """

             终端太小
        terminal too small
             need 20×6
        """)
        driver.send(.resized(width: 20, height: 6))
        #expect(!driver.lines.joined().contains("too small"))
        #expect(driver.press(.character("q")) == [.quit], "keys still work while too small")
    }

    @Test("before the library arrives the screen says it is loading, and q still quits")
    func loading() {
        var app = NewsApp(width: 40, height: 12)
        #expect(app.render().lines.joined().contains("Loading"))
        #expect(app.update(.key(.character("q"))) == [.quit])
    }

    @Test("at launch the status line says there are problems, until a key is pressed")
    func launchProblems() {
        var driver = AppDriver(snapshot: Fixtures.snapshot(problems: SnapshotStates.problems))
        #expect(driver.status == " 2 files with problems: press ! to see them")
        #expect(driver.app.render()[23, 1].style.role == .error)
        driver.press(.character("j"))
        #expect(driver.status.hasPrefix(" ? help"))
        driver.press(.character("!"))
        #expect(driver.screen == .problems)
        driver.press(.escape)
        #expect(driver.screen == .library)
    }

    @Test("a resize lays the article out again at the new width and keeps the reading position")
    func resizeKeepsPlace() throws {
        var driver = AppDriver()
        driver.open()
        for _ in 0..<15 { driver.press(.character("j")) }
        let before = try #require(driver.article)
        let position = before.position
        driver.send(.resized(width: 60, height: 20))
        let narrow = try #require(driver.article)
        #expect(narrow.rendered.width == 58)
        #expect(narrow.top == narrow.rendered.line(for: position))
        #expect(narrow.position <= position && narrow.rendered.position(atLine: narrow.top + 1) > position,
                "the top line shows the text that was at the top")
        driver.send(.resized(width: 80, height: 24))
        #expect(driver.article?.position == position, "coming back to the old width comes back to the same place")
        #expect(abs((driver.article?.top ?? 0) - before.top) <= 1)
    }

    @Test("a resize keeps the selection, the jump stack and the search")
    func resizeKeepsSelection() throws {
        var driver = AppDriver()
        driver.open()
        driver.press(.tab, .enter)
        driver.press(.character("/"))
        driver.type("OpenAI")
        driver.press(.enter)
        driver.send(.resized(width: 40, height: 12))
        let reader = try #require(driver.article)
        #expect(reader.selection == .reference(0))
        #expect(reader.search?.matches.count == 1)
        driver.press(.backspace)
        #expect(driver.article?.top == 0, "the jump returns to the top at the new width")
    }

    @Test("the selected marker is drawn in the selection style, the rest of its line is not")
    func selectionStyle() throws {
        var driver = AppDriver()
        driver.open()
        driver.press(.tab)
        let reader = try #require(driver.article)
        let target = try #require(reader.selectedTarget)
        let buffer = driver.app.render()
        let row = target.line - reader.top + 1
        let marked = (target.column + 1..<target.column + 1 + target.width).map { buffer[row, $0] }
        #expect(marked.map(\.text).joined() == "[1]")
        #expect(marked.allSatisfy { $0.style.role == .selection })
        #expect(buffer[row, 1].style.role == .normal)
        let other = try #require(reader.targets.dropFirst().first)
        #expect(buffer[other.line - reader.top + 1, other.column + 1].style.role == .marker)
    }

    @Test("unread titles are bold, the highlighted article is in the selection style")
    func libraryStyles() {
        let driver = AppDriver()
        let buffer = driver.app.render()
        let listColumn = LibraryScreen.paneWidth(driver.app.shared) + 1
        #expect(buffer[1, listColumn + 1].style.role == .selection)
        let readRow = 3  // 英伟达 is read
        let titleColumn = listColumn + 15
        #expect(buffer[readRow, titleColumn].style == CellStyle(.title))
        #expect(buffer[2, titleColumn].style == CellStyle(.title, text: .bold))
        #expect(buffer[0, 0].style.role == .bar)
    }
}
