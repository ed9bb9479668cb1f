import ChineseText
import XCTest

final class HanFoldingTests: XCTestCase {
    private let folding = HanFolding.shared

    func testTraditionalCharactersFoldToSimplified() {
        XCTAssertFalse(folding.isEmpty)
        XCTAssertEqual(folding.fold("數據"), "数据")
        XCTAssertEqual(folding.fold("設備"), "设备")
        XCTAssertEqual(folding.fold("半導體"), "半导体")
    }

    func testSimplifiedAndOtherTextStaysAsWritten() {
        XCTAssertEqual(folding.fold("数据 GPU café，。"), "数据 GPU café，。")
    }

    func testFoldingKeepsEveryCharacterInPlace() {
        let text = "雲端數據🇨🇳e\u{301}中心"
        let folded = folding.fold(text)
        XCTAssertEqual(folded, "云端数据🇨🇳e\u{301}中心")
        XCTAssertEqual(folded.count, text.count)
        XCTAssertEqual(folded.unicodeScalars.count, text.unicodeScalars.count)
    }

    func testWithoutOpenCCDataNothingFolds() {
        let folding = HanFolding(folder: ScriptFolder(configuration: "/nonexistent/t2s.json"))
        XCTAssertTrue(folding.isEmpty)
        XCTAssertEqual(folding.fold("數據"), "數據")
    }
}
