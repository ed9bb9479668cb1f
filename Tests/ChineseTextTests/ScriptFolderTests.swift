import ChineseText
import XCTest

final class ScriptFolderTests: XCTestCase {
    private let folder = ScriptFolder.shared

    func testOpenCCDataIsInstalled() {
        XCTAssertTrue(folder.isAvailable, folder.failure ?? "")
    }

    func testTraditionalAndSimplifiedFoldToTheSameText() {
        XCTAssertEqual(folder.fold("數據"), "数据")
        XCTAssertEqual(folder.fold("数据"), "数据")
        XCTAssertEqual(folder.fold("設備"), folder.fold("设备"))
        XCTAssertEqual(folder.fold("半導體產業"), "半导体产业")
    }

    func testTextWithoutHanComesBackUnchanged() {
        XCTAssertEqual(folder.fold("GPU 2025 café"), "GPU 2025 café")
        XCTAssertEqual(folder.fold(""), "")
    }

    func testMixedTextKeepsItsLatinAndPunctuation() {
        XCTAssertEqual(folder.fold("AI晶片，數據中心。"), "AI晶片，数据中心。")
    }

    func testAMissingConfigurationLeavesTextAsWritten() {
        let broken = ScriptFolder(configuration: "/nonexistent/t2s.json")
        XCTAssertFalse(broken.isAvailable)
        XCTAssertNotNil(broken.failure)
        XCTAssertEqual(broken.fold("數據"), "數據")
    }
}
