import ChineseText
import XCTest

final class PinyinTransliteratorTests: XCTestCase {
    private let pinyin = PinyinTransliterator.shared

    func testHanCharactersReadAsTonelessPinyin() {
        XCTAssertTrue(pinyin.isAvailable)
        XCTAssertEqual(pinyin.syllable(of: "数"), "shu")
        XCTAssertEqual(pinyin.syllable(of: "据"), "ju")
        XCTAssertEqual(pinyin.syllable(of: "导"), "dao")
        XCTAssertEqual(pinyin.syllable(of: "中"), "zhong")
    }

    func testTraditionalCharactersHavePinyinToo() {
        XCTAssertEqual(pinyin.syllable(of: "數"), "shu")
        XCTAssertEqual(pinyin.syllable(of: "導"), "dao")
    }

    func testUmlautIsTypedAsV() {
        XCTAssertEqual(pinyin.syllable(of: "绿"), "lv")
        XCTAssertEqual(pinyin.syllable(of: "女"), "nv")
    }

    func testNonHanCharactersHaveNoPinyin() {
        XCTAssertNil(pinyin.syllable(of: "a"))
        XCTAssertNil(pinyin.syllable(of: "，"))
        XCTAssertNil(pinyin.syllable(of: "か"))
    }
}
