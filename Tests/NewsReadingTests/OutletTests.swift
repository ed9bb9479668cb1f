import NewsCore
import NewsReading
import XCTest

final class OutletTests: XCTestCase {
    private func citation(_ outlet: String?) -> Citation {
        Citation(label: "1", outlet: outlet, text: "")
    }

    func testAnArticlesOutletsAreItsCitationsOutletsOnceEach() {
        let citations = [citation("智东西"), citation(nil), citation("The Circuit Review"), citation("智東西")]
        XCTAssertEqual(OutletName.outlets(citedBy: citations), ["智东西", "The Circuit Review"])
    }

    func testControlCharactersInAnOutletAreMadeVisible() {
        let name = OutletName.display("坏\u{1B}[31m媒体\n名")
        XCTAssertNotNil(name)
        XCTAssertFalse(name!.unicodeScalars.contains { $0.value < 0x20 })
        XCTAssertEqual(name!.last, "名")
    }

    func testBlankOrSentenceLongOutletsAreDropped() {
        XCTAssertNil(OutletName.display("  \t "))
        XCTAssertNil(OutletName.display(String(repeating: "很长", count: 40)))
        XCTAssertEqual(OutletName.display("  Pacific   Ledger "), "Pacific Ledger")
    }

    func testTallyCountsArticlesPerOutletMostCitedFirst() {
        let tally = OutletCount.tally([["智东西", "极客周报"], ["智東西"], ["极客周报", "晨星科技评论"], ["智东西"]])
        XCTAssertEqual(tally, [
            OutletCount(name: "智东西", count: 3),
            OutletCount(name: "极客周报", count: 2),
            OutletCount(name: "晨星科技评论", count: 1),
        ])
    }

    func testWidthAndCaseVariantsAreOneOutlet() {
        let tally = OutletCount.tally([["ＡＢＣ News"], ["abc news"], ["ABC News"], ["ABC News"]])
        XCTAssertEqual(tally, [OutletCount(name: "ABC News", count: 4)])
    }
}
