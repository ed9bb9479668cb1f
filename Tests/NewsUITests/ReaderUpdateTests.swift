import NewsCore
import Testing
@testable import NewsUI

@Suite("Reader keys")
struct ReaderUpdateTests {
    /// The library with the CJK article opened.
    private func opened(width: Int = 80, height: Int = 24) -> AppDriver {
        var driver = AppDriver(width: width, height: height)
        driver.open()
        return driver
    }

    private func maxTop(_ driver: AppDriver) -> Int {
        driver.reader!.maxTop(page: driver.app.readerPage)
    }

    @Test("opening an article shows it, marks it read and says so to the runtime")
    func openingMarksRead() {
        var driver = AppDriver()
        let effects = driver.open()
        #expect(effects == [.setRead(Fixtures.scaleID, true)])
        #expect(driver.screen == .reader)
        #expect(driver.library?.readState.read.contains(Fixtures.scaleID) == true)
        #expect(driver.lines[1] == " 数据中立性：Scale AI 交易之后")
    }

    @Test("an article already read is not marked again")
    func alreadyRead() {
        var driver = AppDriver()
        driver.press(.down, .down)
        #expect(driver.press(.enter) == [.loadArticle(Fixtures.nvidiaID)])
        #expect(driver.send(.articleLoaded(Fixtures.shortArticle(Fixtures.nvidiaID, title: "英伟达"))).isEmpty)
    }

    @Test("a load failure stays on the library and says why")
    func loadFailure() {
        var driver = AppDriver()
        driver.press(.enter)
        driver.send(.articleLoadFailed(Fixtures.scaleID, reason: "file vanished"))
        #expect(driver.screen == .library)
        #expect(driver.status.contains("file vanished"))
    }

    @Test("j k and the arrows scroll by a line; Space PgDn b PgUp by a page; g G Home End to the ends")
    func scrolls() {
        var driver = opened()
        let page = driver.app.readerPage
        driver.press(.character("j"), .down)
        #expect(driver.reader?.top == 2)
        driver.press(.character("k"))
        #expect(driver.reader?.top == 1)
        driver.press(.up, .up)
        #expect(driver.reader?.top == 0, "never above the top")
        driver.press(.character(" "))
        #expect(driver.reader?.top == min(page, maxTop(driver)))
        driver.press(.character("b"))
        #expect(driver.reader?.top == 0)
        driver.press(.pageDown, .pageUp)
        #expect(driver.reader?.top == 0)
        driver.press(.character("G"))
        #expect(driver.reader?.top == maxTop(driver))
        #expect(driver.status.hasSuffix("100%"))
        driver.press(.character("g"))
        #expect(driver.reader?.top == 0)
        driver.press(.end, .home)
        #expect(driver.reader?.top == 0)
    }

    @Test("the first Tab selects the first reference at or below the top of the screen")
    func firstTabStartsAtTheTop() {
        var driver = opened(width: 40, height: 12)
        let targets = driver.reader!.targets
        driver.press(.tab)
        #expect(driver.reader?.selection == .reference(0))
        driver.press(.escape)
        let top = targets[1].line + 1
        while driver.reader!.top < top { driver.press(.character("j")) }
        driver.press(.tab)
        let expected = targets.first { $0.line >= top }!
        #expect(driver.reader?.selection == expected.kind)
    }

    @Test("Tab and Shift-Tab walk references and links in reading order, scrolling them into view")
    func tabWalksInReadingOrder() throws {
        var driver = opened(width: 40, height: 12)
        let targets = driver.reader!.targets
        #expect(targets.map(\.kind).prefix(3) == [.reference(0), .reference(1), .link(0)])
        for target in targets {
            driver.press(.tab)
            #expect(driver.reader?.selection == target.kind)
            let reader = try #require(driver.reader)
            #expect(reader.isVisible(target.line, page: driver.app.readerPage))
        }
        driver.press(.backTab)
        #expect(driver.reader?.selection == targets[targets.count - 2].kind)
    }

    @Test("the status line shows the selected reference's citation")
    func statusShowsCitation() {
        var driver = opened()
        driver.press(.tab)
        #expect(driver.status.hasPrefix(" [1] 智东西 · 2025-06-24"))
        driver.press(.tab)
        #expect(driver.status.hasPrefix(" [2] 路透社 · 2025-06-23"))
    }

    @Test("Enter on a reference jumps to its definition, highlighted")
    func enterFollowsReference() throws {
        var driver = opened(width: 40, height: 12)
        driver.press(.tab, .enter)
        let reader = try #require(driver.reader)
        let definition = reader.rendered.anchors.footnoteDefinitions[0]
        #expect(reader.top == min(definition.line, maxTop(driver)))
        #expect(reader.highlightedLabel == "1")
        let row = definition.line - reader.top + 1
        let buffer = driver.app.render()
        #expect(buffer.lines[row].hasPrefix(" [1] Meta 投资 Scale AI"))
        #expect(buffer[row, 1].style.role == .selection)
    }

    @Test("Backspace and Ctrl-O unwind several jumps in order, back to exactly where they started")
    func jumpStackUnwinds() {
        for back in [KeyEvent.backspace, .control("o")] {
            var driver = opened(width: 40, height: 12)
            driver.press(.tab)
            let firstTop = driver.reader!.top
            driver.press(.enter)
            let definitionTop = driver.reader!.top
            driver.press(.character("g"), .character("j"), .character("j"), .character("j"), .tab, .enter)
            #expect(driver.reader?.jumps.count == 2)
            driver.press(back)
            #expect(driver.reader?.top == 3)
            #expect(driver.reader?.highlightedLabel == "1", "the first jump's highlight comes back too")
            driver.press(back)
            #expect(driver.reader?.top == firstTop)
            #expect(driver.reader?.selection == .reference(0))
            #expect(driver.reader?.highlightedLabel == nil)
            #expect(definitionTop != firstTop)
            driver.press(back)
            #expect(driver.status.contains("No jump"))
        }
    }

    @Test("o opens the selected citation's URL with its query and fragment, or the link's")
    func opensURLs() {
        var driver = opened()
        driver.press(.tab)
        #expect(driver.press(.character("o")) == [.openURL("https://example.com/a?x=1#frag")])
        driver.send(.urlOpened("https://example.com/a?x=1#frag", opener: "xdg-open"))
        #expect(driver.status.contains("Opened https://example.com/a?x=1#frag with xdg-open"))
        driver.press(.tab, .tab)
        #expect(driver.reader?.selection == .link(0))
        #expect(driver.press(.character("o")) == [.openURL("https://example.org/blog")])
        #expect(driver.press(.enter) == [.openURL("https://example.org/blog")], "Enter on a link opens it")
        driver.send(.urlOpenFailed("https://example.org/blog", reason: "no opener"))
        #expect(driver.status.contains("no opener"))
    }

    @Test("o with nothing selected explains how to select")
    func openWithoutSelection() {
        var driver = opened()
        #expect(driver.press(.character("o")).isEmpty)
        #expect(driver.status.contains("Nothing selected"))
        #expect(driver.press(.enter).isEmpty)
    }

    @Test("L lists the citations; j k move, Enter and o open, Esc and q close")
    func linkList() {
        var driver = opened()
        driver.press(.character("L"))
        #expect(driver.screen == .linkList)
        #expect(driver.lines[1].hasPrefix(" 1. Meta 投资 Scale AI — 智东西 · 2025-06-24"))
        #expect(driver.lines[2].contains("https://example.com/a?x=1#frag"))
        driver.press(.character("j"))
        #expect(driver.press(.enter) == [.openURL("https://example.org/b")])
        driver.press(.character("j"), .character("k"), .character("j"))
        #expect(driver.press(.character("o")) == [.openURL("https://example.org/blog")])
        #expect(driver.lines[5].contains("官方博客"))
        driver.press(.escape)
        #expect(driver.screen == .reader)
        driver.press(.character("L"), .character("q"))
        #expect(driver.screen == .reader)
    }

    @Test("/ searches the article; n and N go to the next and previous match; matches are highlighted")
    func searchesTheArticle() throws {
        var driver = opened(width: 40, height: 12)
        driver.press(.character("/"))
        driver.type("openai")
        driver.press(.enter)
        let search = try #require(driver.reader?.search)
        #expect(search.matches.count == 1, "Latin letters match whatever their case")
        let match = search.matches[0]
        let reader = try #require(driver.reader)
        #expect(reader.isVisible(match.line, page: driver.app.readerPage))
        let buffer = driver.app.render()
        #expect(buffer[match.line - reader.top + 1, match.columns.lowerBound + 1].style.role == .match)

        driver.press(.character("/"))
        driver.type("竞争格局")
        driver.press(.enter)
        let all = try #require(driver.reader?.search?.matches)
        #expect(all.count > 3)
        let first = try #require(driver.reader?.search?.current)
        driver.press(.character("n"))
        #expect(driver.reader?.search?.current == first + 1)
        driver.press(.character("N"), .character("N"))
        #expect(driver.reader?.search?.current == (first - 1 + all.count) % all.count)
    }

    @Test("J and K open the next and previous article of the list, saving the place")
    func nextAndPreviousArticle() {
        var driver = opened()
        driver.press(.character("j"), .character("j"))
        let position = driver.reader!.position
        #expect(driver.press(.character("J")) == [.savePosition(Fixtures.scaleID, position), .loadArticle(Fixtures.qwenID)])
        let qwen = Fixtures.shortArticle(Fixtures.qwenID, title: "通义千问")
        #expect(driver.send(.articleLoaded(qwen)) == [.setRead(Fixtures.qwenID, true)])
        #expect(driver.reader?.article.id == Fixtures.qwenID)
        #expect(driver.library?.selectedArticle?.id == Fixtures.qwenID)
        #expect(driver.lines[0].hasSuffix("2/4"))
        let effects = driver.press(.character("K"))
        #expect(effects == [.savePosition(Fixtures.qwenID, ReadingPosition(block: 0, offset: 0)), .loadArticle(Fixtures.scaleID)])
        driver.send(.articleLoaded(Fixtures.scaleArticle))
        #expect(driver.reader?.top == 2, "the place saved this session comes back")
        #expect(driver.press(.character("K")).isEmpty)
        #expect(driver.status.contains("first article"))
    }

    @Test("q leaves the reader, saving the place; reopening starts there")
    func quitSavesPosition() {
        var driver = opened()
        driver.press(.character(" "))
        let position = driver.reader!.position
        let top = driver.reader!.top
        #expect(driver.press(.character("q")) == [.savePosition(Fixtures.scaleID, position)])
        #expect(driver.screen == .library)
        driver.open()
        #expect(driver.reader?.top == top)
    }

    @Test("a position from the stored reading state is where the article opens")
    func opensAtStoredPosition() throws {
        let rendered = DocumentRenderer(width: 78).render(Fixtures.scaleArticle)
        let stored = rendered.position(atLine: 12)
        var driver = AppDriver(snapshot: Fixtures.snapshot(readState: ReadState(positions: [Fixtures.scaleID: stored])))
        driver.open()
        #expect(driver.reader?.top == 12)
    }

    @Test("Q and a quit request save the place, then quit")
    func quitNow() {
        var driver = opened()
        driver.press(.character("j"))
        let position = driver.reader!.position
        #expect(driver.press(.character("Q")) == [.savePosition(Fixtures.scaleID, position), .quit])
        var other = opened()
        #expect(other.send(.quitRequested) == [.savePosition(Fixtures.scaleID, ReadingPosition(block: 0, offset: 0)), .quit])
        var library = AppDriver()
        #expect(library.send(.quitRequested) == [.quit])
    }

    @Test("s and u star and mark the open article")
    func starAndReadInReader() {
        var driver = opened()
        #expect(driver.press(.character("s")) == [.setStarred(Fixtures.scaleID, true)])
        #expect(driver.press(.character("u")) == [.setRead(Fixtures.scaleID, false)])
    }

    @Test("? shows the reader's keys")
    func readerHelp() {
        var driver = opened()
        driver.press(.character("?"))
        #expect(driver.lines.contains { $0.hasPrefix(" Backspace Ctrl-O") && $0.contains("jump back") })
        driver.press(.escape)
        #expect(driver.screen == .reader)
    }
}
