import ChineseText
import XCTest

final class TermQueryTests: XCTestCase {
    private func match(_ query: String, _ term: String) -> Range<Int>? {
        TermQuery(query).match(MatchableTerm(term))
    }

    func testCharactersMatchAcrossScripts() {
        XCTAssertEqual(match("數據", "数据中立性"), 0..<2)
        XCTAssertEqual(match("数据", "數據中立性"), 0..<2)
        XCTAssertEqual(match("中立", "數據中立性"), 2..<4)
    }

    func testLatinMatchesIgnoringCase() {
        XCTAssertEqual(match("gpu", "英伟达GPU"), 3..<6)
        XCTAssertNil(match("tpu", "英伟达GPU"))
    }

    func testFullPinyinMatches() {
        XCTAssertEqual(match("shuju", "数据中立性"), 0..<2)
        XCTAssertEqual(match("bandaoti", "半导体"), 0..<3)
        XCTAssertEqual(match("zhongli", "数据中立性"), 2..<4)
    }

    func testInitialsMatch() {
        XCTAssertEqual(match("sjzl", "数据中立性"), 0..<4)
        XCTAssertEqual(match("bdt", "半导体"), 0..<3)
    }

    func testInitialsAndSyllablesMix() {
        XCTAssertEqual(match("shujzl", "数据中立性"), 0..<4)
        XCTAssertEqual(match("sjzhongli", "数据中立性"), 0..<4)
    }

    func testPinyinMatchesTraditionalCharacters() {
        XCTAssertEqual(match("shuju", "數據中立性"), 0..<2)
        XCTAssertEqual(match("bdt", "半導體"), 0..<3)
    }

    func testSpacesAndApostrophesInPinyinAreIgnored() {
        XCTAssertEqual(match("ban dao ti", "半导体"), 0..<3)
        XCTAssertEqual(match("xi'an", "西安"), 0..<2)
    }

    func testPinyinSkipsPunctuationBetweenCharacters() {
        XCTAssertEqual(match("sjzl", "数据·中立"), 0..<5)
    }

    func testPinyinThatSpellsNothingDoesNotMatch() {
        XCTAssertNil(match("shuja", "数据中立性"))
        XCTAssertNil(match("xyz", "半导体"))
        XCTAssertNil(match("jus", "数据中立性"))
    }

    func testPinyinRunsOverLatinLettersAndDigits() {
        XCTAssertEqual(match("5gjs", "5G技术"), 0..<4)
        XCTAssertEqual(match("aixp", "AI芯片"), 0..<4)
    }

    func testAMatchStartsAtAnyCharacter() {
        XCTAssertEqual(match("xing", "数据中立性"), 4..<5)
        XCTAssertEqual(match("dt", "半导体"), 1..<3)
    }

    func testAnEmptyQueryMatchesEverything() {
        XCTAssertEqual(match("", "半导体"), 0..<0)
    }

    func testCharactersNoKeyTypesCannotBeCrossed() {
        XCTAssertNil(match("ab", "aかb"))
    }
}

final class TermQueryLatinWordTests: XCTestCase {
    private func match(_ query: String, _ term: String) -> Range<Int>? {
        TermQuery(query).match(MatchableTerm(term))
    }

    func testLatinWordsAreTypedFromTheirStart() {
        XCTAssertEqual(match("hp", "Helix Platforms"), 0..<15)
        XCTAssertNil(match("xp", "Helix Platforms"))
    }

    func testALatinWordAndHanCharactersMixInOneQuery() {
        XCTAssertEqual(match("nvidiaxp", "Nvidia芯片"), 0..<8)
    }
}
