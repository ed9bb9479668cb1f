import NewsReading
import XCTest

final class TextMeasureTests: XCTestCase {
    func testTheDefaultHoldsThirtySixChineseCharacters() {
        XCTAssertEqual(TextMeasure.defaultColumns, 72)
    }

    func testBodyTextIsNeverWiderThanTheMeasure() {
        XCTAssertEqual(TextMeasure.bodyWidth(available: 200, textWidth: 72), 72)
        XCTAssertEqual(TextMeasure.bodyWidth(available: 60, textWidth: 72), 60)
    }

    func testZeroMeansTheFullWidth() {
        XCTAssertEqual(TextMeasure.bodyWidth(available: 200, textWidth: 0), 200)
    }
}
