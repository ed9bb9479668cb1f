import NewsCore
import Testing
@testable import NewsUI

@Suite("Overlays after a resize")
struct ResizeOverlayTests {
    @Test("the picker's highlighted tag stays in the box when the terminal shrinks")
    func pickerSelectionStaysVisible() throws {
        var driver = AppDriver(width: 80, height: 24)
        driver.press(.character("t"), .end)
        let selected = try #require(driver.app.picker?.cursor.selected)
        driver.send(.resized(width: 40, height: 8))
        let cursor = try #require(driver.app.picker?.cursor)
        #expect(cursor.selected == selected)
        #expect(cursor.top <= selected && selected < cursor.top + driver.app.pickerPage)
    }
}
