import NewsCore
import Testing
@testable import NewsUI

/// A small seeded generator (SplitMix64), so a failing sequence can be replayed.
private struct SeededKeys {
    var state: UInt64

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    mutating func pick<T>(_ items: [T]) -> T { items[Int(next() % UInt64(items.count))] }
}

@Suite("Robustness")
struct RobustnessTests {
    static let keys: [KeyEvent] = "jkgGbLnNJKoqsutTx/?!数据aQ ".map { KeyEvent.character($0) }
        + [.up, .down, .pageUp, .pageDown, .home, .end, .enter, .escape, .tab, .backTab, .backspace, .control("o")]

    @Test("random keys, answers and resizes never trap, and every frame fills the screen", arguments: [1, 2, 3, 4])
    func randomSessions(seed: UInt64) {
        var random = SeededKeys(state: seed)
        let sizes = [(80, 24), (40, 12), (20, 6), (19, 5), (120, 40), (60, 8)]
        var driver = AppDriver(width: 80, height: 24, snapshot: Fixtures.snapshot(problems: SnapshotStates.problems))
        for _ in 0..<600 {
            let effects: [Effect]
            switch random.next() % 20 {
            case 0:
                let size = random.pick(sizes)
                effects = driver.send(.resized(width: size.0, height: size.1))
            default:
                effects = driver.press(random.pick(Self.keys))
            }
            if effects.contains(.quit) { driver = AppDriver(width: driver.app.width, height: driver.app.height) }
            for effect in effects {
                switch effect {
                case .loadArticle(let id):
                    let article = id == Fixtures.scaleID ? Fixtures.scaleArticle : Fixtures.shortArticle(id, title: "短文")
                    driver.send(.articleLoaded(article))
                case .searchLibrary(let query):
                    driver.send(.searchFinished(query: query, results: [SearchResult(id: Fixtures.privacyID)]))
                default:
                    break
                }
            }
            let buffer = driver.app.render()
            #expect(buffer.cells.count == driver.app.width * driver.app.height)
        }
    }

    @Test("Enter on a reference without a definition says so and does not jump")
    func undefinedReference() {
        let markdown = "---\ntitle: 缺注\n---\n\n正文引用了不存在的注释[^9]。\n"
        var driver = AppDriver()
        driver.open(Fixtures.parse(markdown, id: Fixtures.scaleID))
        driver.press(.tab, .enter)
        #expect(driver.article?.jumps.isEmpty == true)
        #expect(driver.status.contains("[9] has no definition"))
    }

    @Test("a reloaded library keeps the filters and the highlighted article")
    func reloadKeepsFilters() {
        var driver = AppDriver()
        driver.press(.character("T"))
        driver.type("投融资")
        driver.press(.enter, .down)
        driver.send(.libraryLoaded(Fixtures.snapshot()))
        #expect(driver.library?.filter.topic == "投融资与市场洞察")
        #expect(driver.library?.selectedArticle?.id == Fixtures.nvidiaID)
    }

    @Test("a library reloaded while a search is being typed keeps the prompt and the text typed")
    func reloadKeepsSearchPrompt() {
        var driver = AppDriver()
        driver.press(.character("/"))
        driver.type("英伟")
        driver.send(.libraryLoaded(Fixtures.snapshot()))
        driver.type("达")
        #expect(driver.status.contains("/英伟达"))
        let asked = driver.press(.enter)
        #expect(driver.library?.searchPrompt == nil)
        #expect(asked == [.searchLibrary(query: "英伟达")])
    }

    @Test("a notice from the runtime shows on the status line")
    func notice() {
        var driver = AppDriver()
        driver.send(.notice("Could not save the reading state"))
        #expect(driver.status == " Could not save the reading state")
        driver.send(.searchFailed(query: "数据", reason: "index busy"))
        #expect(driver.status.contains("index busy"))
    }
}
