import NewsCore
import Testing
@testable import NewsUI

@Suite("Library keys")
struct LibraryUpdateTests {
    private func selectedID(_ driver: AppDriver) -> ArticleID? { driver.library?.selectedArticle?.id }

    @Test("j, k and the arrows move the highlight through the list")
    func movesWithVimKeysAndArrows() {
        var driver = AppDriver()
        driver.press(.character("j"))
        #expect(selectedID(driver) == Fixtures.qwenID)
        driver.press(.down, .down)
        #expect(selectedID(driver) == Fixtures.privacyID)
        driver.press(.down)
        #expect(selectedID(driver) == Fixtures.privacyID, "stops at the last article")
        driver.press(.character("k"), .up)
        #expect(selectedID(driver) == Fixtures.qwenID)
    }

    @Test("g and G go to the top and bottom, Home and End too")
    func topAndBottom() {
        var driver = AppDriver()
        driver.press(.character("G"))
        #expect(selectedID(driver) == Fixtures.privacyID)
        driver.press(.character("g"))
        #expect(selectedID(driver) == Fixtures.scaleID)
        driver.press(.end)
        #expect(selectedID(driver) == Fixtures.privacyID)
        driver.press(.home)
        #expect(selectedID(driver) == Fixtures.scaleID)
    }

    @Test("Space and PgDn page down, PgUp pages up, a page being the visible rows")
    func pages() {
        let many = (0..<50).map { index in
            ArticleSummary(id: ArticleID("a\(index)"), path: "a\(index).md", title: "文章 \(index)", date: Fixtures.date("2025-06-01"))
        }
        var driver = AppDriver(width: 80, height: 12, snapshot: LibrarySnapshot(rootPath: "/lib", articles: many))
        driver.press(.character(" "))
        #expect(driver.library?.list.selected == 10)
        driver.press(.pageDown)
        #expect(driver.library?.list.selected == 20)
        #expect(driver.lines[1].contains("文章 11"), "the list scrolled to keep the highlight visible")
        driver.press(.pageUp)
        #expect(driver.library?.list.selected == 10)
    }

    @Test("Tab and Shift-Tab switch between the facet pane and the list; j moves in the pane")
    func switchesPanes() {
        var driver = AppDriver()
        driver.press(.tab)
        #expect(driver.library?.focus == .facets)
        driver.press(.character("j"), .character("j"))
        #expect(driver.library?.facetRows[driver.library!.pane.selected] == .topic("投融资与市场洞察", count: 2),
                "the cursor skips the 主题 Topics heading")
        driver.press(.backTab)
        #expect(driver.library?.focus == .articles)
    }

    @Test("Enter on a topic in the pane filters the list and highlights its first article")
    func enterAppliesFacet() {
        var driver = AppDriver()
        driver.press(.character("j"))
        driver.press(.tab, .character("j"), .character("j"))
        let effects = driver.press(.enter)
        #expect(effects.isEmpty)
        #expect(driver.library?.filter.topic == "投融资与市场洞察")
        #expect(driver.library?.visibleIDs == [Fixtures.scaleID, Fixtures.nvidiaID])
        #expect(driver.library?.focus == .articles)
        #expect(driver.library?.list.selected == 0)
        #expect(driver.lines[0].contains("主题:投融资与市场洞察"))
        #expect(driver.lines[0].hasSuffix("2 articles"))
    }

    @Test("facet counts follow the active filters")
    func countsFollowFilters() {
        var driver = AppDriver()
        #expect(driver.library?.facets.tags.first { $0.name == "数据标注" }?.count == 2)
        driver.press(.tab, .character("j"), .character("j"), .enter)  // topic 投融资与市场洞察
        let tags = driver.library?.facets.tags.map(\.name) ?? []
        #expect(Set(tags) == ["数据中立性", "Scale AI", "数据标注", "NVIDIA", "芯片"])
        #expect(driver.library?.facets.tags.first { $0.name == "数据标注" }?.count == 1)
        #expect(driver.library?.facets.unread == 1)
    }

    @Test("Enter on the list asks for the article")
    func enterOpensArticle() {
        var driver = AppDriver()
        driver.press(.down)
        #expect(driver.press(.enter) == [.loadArticle(Fixtures.qwenID)])
    }

    @Test("x and Esc clear every filter at once")
    func clearsFilters() {
        for key in [KeyEvent.character("x"), .escape] {
            var driver = AppDriver()
            driver.press(.tab, .enter)  // ★ starred
            driver.press(.tab, .character("j"), .character("j"), .enter)
            driver.send(.searchFinished(query: "数据", results: [SearchResult(id: Fixtures.scaleID)]))
            #expect(driver.library?.filter.isEmpty == false)
            driver.press(key)
            #expect(driver.library?.filter.isEmpty == true)
            #expect(driver.library?.visible.count == 4)
        }
    }

    @Test("/ types a query in the status line; Backspace edits; Enter asks for the search")
    func searchPrompt() {
        var driver = AppDriver()
        driver.press(.character("/"))
        driver.type("数据x")
        #expect(driver.status.hasPrefix(" /数据x"))
        driver.press(.backspace)
        #expect(driver.press(.enter) == [.searchLibrary(query: "数据")])
        #expect(driver.library?.searchPrompt == nil)
    }

    @Test("Esc cancels the search prompt without searching or clearing filters")
    func searchPromptCancels() {
        var driver = AppDriver()
        driver.press(.character("t"))
        driver.type("qwen")
        driver.press(.enter)
        driver.press(.character("/"))
        driver.type("abc")
        #expect(driver.press(.escape).isEmpty)
        #expect(driver.library?.searchPrompt == nil)
        #expect(driver.library?.filter.tag == "Qwen")
    }

    @Test("search results show as the list, best first, intersected with the other filters, query in the top bar")
    func searchResultsBecomeTheList() {
        var driver = AppDriver()
        driver.send(.searchFinished(query: "数据", results: [
            SearchResult(id: Fixtures.privacyID), SearchResult(id: Fixtures.nvidiaID), SearchResult(id: Fixtures.scaleID),
        ]))
        #expect(driver.library?.visibleIDs == [Fixtures.privacyID, Fixtures.nvidiaID, Fixtures.scaleID])
        #expect(driver.lines[0].contains("/数据"))
        driver.press(.character("T"))
        driver.type("投融资")
        driver.press(.enter)
        #expect(driver.library?.visibleIDs == [Fixtures.nvidiaID, Fixtures.scaleID])
    }

    @Test("q quits from the library")
    func quits() {
        var driver = AppDriver()
        #expect(driver.press(.character("q")) == [.quit])
    }

    @Test("? shows the library's keys, and q comes back")
    func help() {
        var driver = AppDriver()
        driver.press(.character("?"))
        #expect(driver.screen == .help)
        #expect(driver.lines.contains { $0.contains("t") && $0.contains("pick a tag") })
        driver.press(.character("q"))
        #expect(driver.screen == .library)
    }

    @Test("s stars and u marks read, in memory and as effects")
    func starAndRead() {
        var driver = AppDriver()
        #expect(driver.press(.character("s")) == [.setStarred(Fixtures.scaleID, true)])
        #expect(driver.app.library?.readState.starred.contains(Fixtures.scaleID) == true)
        #expect(driver.library?.facets.starred == 2)
        #expect(driver.press(.character("u")) == [.setRead(Fixtures.scaleID, true)])
        #expect(driver.press(.character("u")) == [.setRead(Fixtures.scaleID, false)])
        #expect(driver.press(.character("s")) == [.setStarred(Fixtures.scaleID, false)])
    }

    @Test("the Starred and Unread entries filter the list")
    func starredAndUnreadFacets() {
        var driver = AppDriver()
        driver.press(.tab, .enter)
        #expect(driver.library?.visibleIDs == [Fixtures.qwenID])
        driver.press(.tab, .down, .enter)
        #expect(driver.library?.filter.unreadOnly == true)
        #expect(driver.library?.visibleIDs == [Fixtures.qwenID])
        driver.press(.tab, .up, .enter)
        #expect(driver.library?.visibleIDs == [Fixtures.scaleID, Fixtures.qwenID, Fixtures.privacyID])
    }

    @Test("Enter on the active facet removes it, and the pane marks active facets with ✓")
    func enterTogglesActiveFacet() {
        var driver = AppDriver()
        driver.press(.tab, .character("j"), .character("j"), .enter)
        #expect(driver.lines[4].hasPrefix(" ✓投融资与市场洞察 (2)"))
        driver.press(.tab, .enter)
        #expect(driver.library?.filter.topic == nil)
        #expect(driver.library?.visible.count == 4)
        #expect(driver.lines[4].hasPrefix("  投融资与市场洞察 (2)"))
    }

    @Test("the highlighted search result's excerpt shows on the status line with its match marked")
    func searchSnippet() {
        var driver = AppDriver()
        driver.send(.searchFinished(query: "数据", results: [
            SearchResult(id: Fixtures.privacyID, snippet: "…合成数据能解开隐私…", highlights: [3..<5]),
        ]))
        driver.press(.character("j"))
        #expect(driver.status == " …合成数据能解开隐私…")
        let buffer = driver.app.render()
        #expect(buffer[23, 6].style.role == .match)
        #expect(buffer[23, 2].style.role == .status)
    }
}
