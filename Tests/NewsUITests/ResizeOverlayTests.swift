import NewsCore
import Testing
@testable import NewsUI

@Suite("Overlays after a resize")
struct ResizeOverlayTests {
    @Test("the picker's highlighted tag stays in the box when the terminal shrinks")
    func pickerSelectionStaysVisible() throws {
        var driver = AppDriver(width: 80, height: 24)
        driver.press(.character("t"), .end)
        let selected = try #require(driver.picker?.cursor.selected)
        driver.send(.resized(width: 40, height: 8))
        let cursor = try #require(driver.picker?.cursor)
        #expect(cursor.selected == selected)
        #expect(cursor.top <= selected && selected < cursor.top + PickerOverlay.page(driver.app.shared))
    }
}

@Suite("Text pages after a resize")
struct ResizeTextPageTests {
    @Test("help scrolled to its end on a small terminal starts at its first key again once it all fits")
    func helpOffsetIsKeptWithinTheText() throws {
        var driver = AppDriver(width: 40, height: 8)
        driver.press(.character("?"), .character("G"))
        #expect(try #require(driver.opened(HelpScreen.self)?.page).top > 0)
        driver.send(.resized(width: 100, height: 40))
        #expect(driver.opened(HelpScreen.self)?.page.top == 0)
        #expect(driver.lines[1].hasPrefix(" q"))
    }
}
