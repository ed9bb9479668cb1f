import NewsCore
import Testing
@testable import NewsUI

@Suite("Article screen: selection, jumps and links")
struct ArticleSelectionTests {
    @Test("the first Tab selects the first reference at or below the top of the screen")
    func firstTabStartsAtTheTop() {
        var driver = AppDriver.reading(width: 40, height: 12)
        let targets = driver.article!.targets
        driver.press(.tab)
        #expect(driver.article?.selection == .reference(0))
        driver.press(.escape)
        let top = targets[1].line + 1
        while driver.article!.top < top { driver.press(.character("j")) }
        driver.press(.tab)
        let expected = targets.first { $0.line >= top }!
        #expect(driver.article?.selection == expected.kind)
    }

    @Test("Tab and Shift-Tab walk references and links in reading order, scrolling them into view")
    func tabWalksInReadingOrder() throws {
        var driver = AppDriver.reading(width: 40, height: 12)
        let targets = driver.article!.targets
        #expect(targets.map(\.kind).prefix(3) == [.reference(0), .reference(1), .link(0)])
        for target in targets {
            driver.press(.tab)
            #expect(driver.article?.selection == target.kind)
            let reader = try #require(driver.article)
            #expect(reader.isVisible(target.line, page: ArticleScreen.page(driver.app.shared)))
        }
        driver.press(.backTab)
        #expect(driver.article?.selection == targets[targets.count - 2].kind)
    }

    @Test("the status line shows the selected reference's citation")
    func statusShowsCitation() {
        var driver = AppDriver.reading()
        driver.press(.tab)
        #expect(driver.status.hasPrefix(" [1] 智东西 · 2025-06-24"))
        driver.press(.tab)
        #expect(driver.status.hasPrefix(" [2] 路透社 · 2025-06-23"))
    }

    @Test("Enter on a reference jumps to its definition, highlighted")
    func enterFollowsReference() throws {
        var driver = AppDriver.reading(width: 40, height: 12)
        driver.press(.tab, .enter)
        let reader = try #require(driver.article)
        let definition = reader.rendered.anchors.footnoteDefinitions[0]
        #expect(reader.top == min(definition.line, driver.maxTop))
        #expect(reader.highlightedLabel == "1")
        let row = definition.line - reader.top + 1
        let buffer = driver.app.render()
        #expect(buffer.lines[row].hasPrefix(" [1] Meta 投资 Scale AI"))
        #expect(buffer[row, 1].style.role == .selection)
    }

    @Test("Backspace and Ctrl-O unwind several jumps in order, back to exactly where they started")
    func jumpStackUnwinds() {
        for back in [KeyEvent.backspace, .control("o")] {
            var driver = AppDriver.reading(width: 40, height: 12)
            driver.press(.tab)
            let firstTop = driver.article!.top
            driver.press(.enter)
            let definitionTop = driver.article!.top
            driver.press(.character("g"), .character("j"), .character("j"), .character("j"), .tab, .enter)
            #expect(driver.article?.jumps.count == 2)
            driver.press(back)
            #expect(driver.article?.top == 3)
            #expect(driver.article?.highlightedLabel == "1", "the first jump's highlight comes back too")
            driver.press(back)
            #expect(driver.article?.top == firstTop)
            #expect(driver.article?.selection == .reference(0))
            #expect(driver.article?.highlightedLabel == nil)
            #expect(definitionTop != firstTop)
            driver.press(back)
            #expect(driver.status.contains("No jump"))
        }
    }

    @Test("o opens the selected citation's URL with its query and fragment, or the link's")
    func opensURLs() {
        var driver = AppDriver.reading()
        driver.press(.tab)
        #expect(driver.press(.character("o")) == [.openURL("https://example.com/a?x=1#frag")])
        driver.send(.urlOpened("https://example.com/a?x=1#frag", opener: "xdg-open"))
        #expect(driver.status.contains("Opened https://example.com/a?x=1#frag with xdg-open"))
        driver.press(.tab, .tab)
        #expect(driver.article?.selection == .link(0))
        #expect(driver.press(.character("o")) == [.openURL("https://example.org/blog")])
        #expect(driver.press(.enter) == [.openURL("https://example.org/blog")], "Enter on a link opens it")
        driver.send(.urlOpenFailed("https://example.org/blog", reason: "no opener"))
        #expect(driver.status.contains("no opener"))
    }

    @Test("o with nothing selected explains how to select")
    func openWithoutSelection() {
        var driver = AppDriver.reading()
        #expect(driver.press(.character("o")).isEmpty)
        #expect(driver.status.contains("Nothing selected"))
        #expect(driver.press(.enter).isEmpty)
    }

    @Test("L lists the citations; j k move, Enter and o open, Esc and q close")
    func linkList() {
        var driver = AppDriver.reading()
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
}
