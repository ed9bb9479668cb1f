import NewsCore
import Testing
@testable import NewsUI

/// Screens as units: one driven alone, and what the app carries between them.
@Suite("Screens as units")
struct ScreenUnitTests {
    static func shared() -> SharedState {
        SharedState(width: 80, height: 24, keymap: .standard, dateFormat: .standard)
    }

    @Test("a picker driven alone filters as it is typed into and hands its pick to the screen beneath")
    func pickerAlone() {
        var shared = Self.shared()
        var picker = PickerOverlay(kind: .tag, counts: [(name: "数据标注", count: 2), (name: "AI", count: 1)])
        #expect(picker.takeKey(.character("a"), shared: &shared) != nil, "an unbound letter types into the filter")
        #expect(picker.matches.map { picker.entries[$0].name } == ["AI"])
        #expect(picker.takeKey(.enter, shared: &shared) == nil, "a bound key is left to the keymap")
        guard case .pop(let result)? = picker.perform(.applyPick, shared: &shared).navigation else {
            Issue.record("Enter should close the picker")
            return
        }
        #expect(result == .picked(.tag, name: "AI"))
    }

    @Test("the help of each screen adds what it says about typing: the picker's first, the prompt's last")
    func typingHelp() {
        let shared = Self.shared()
        let picker = HelpScreen(for: PickerOverlay.self).lines(shared)
        #expect(picker.first?.hasPrefix("typing filters the list") == true)
        for screen in [LibraryScreen.self, ArticleScreen.self] as [any Screen.Type] {
            #expect(HelpScreen(for: screen).lines(shared).last == TextPrompt.help)
        }
        #expect(!HelpScreen(for: LinkListScreen.self).lines(shared).contains(TextPrompt.help))
    }

    @Test("a star set in the reader shows in the library's list and counts when the reader closes")
    func marksReachTheLibrary() {
        var driver = AppDriver.reading()
        #expect(driver.library?.facets.starred == 1)
        #expect(driver.press(.character("s")) == [.setStarred(Fixtures.scaleID, true)])
        driver.press(.character("q"))
        #expect(driver.screen == .library)
        #expect(driver.library?.facets.starred == 2)
        let row = driver.lines.first { $0.contains("数据中立性：Scale AI") }
        #expect(row?.contains("★") == true)
    }
}
