import NewsCore
import NewsReading
import XCTest

final class ReadingProgressTests: XCTestCase {
    func testAPositionInsideTheBodyIsInProgress() {
        XCTAssertTrue(ReadingProgress.isInProgress(ReadingPosition(block: 3, offset: 10), bodyBlocks: 12))
        XCTAssertTrue(ReadingProgress.isInProgress(ReadingPosition(block: 0, offset: 5), bodyBlocks: 12))
    }

    func testNeverOpenedOrLeftAtTheStartIsNotInProgress() {
        XCTAssertFalse(ReadingProgress.isInProgress(nil, bodyBlocks: 12))
        XCTAssertFalse(ReadingProgress.isInProgress(ReadingPosition(block: 0, offset: 0), bodyBlocks: 12))
    }

    func testReadToTheLastBlockOrTheReferencesIsNotInProgress() {
        XCTAssertFalse(ReadingProgress.isInProgress(ReadingPosition(block: 12, offset: 0), bodyBlocks: 12))
        XCTAssertFalse(ReadingProgress.isInProgress(ReadingPosition(block: 15, offset: 0), bodyBlocks: 12))
    }
}
