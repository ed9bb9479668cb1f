import NewsCore
import Testing
@testable import NewsUI

@Suite("Screen buffer")
struct ScreenBufferTests {
    @Test("places a wide character in two cells so the next text starts two columns later")
    func placesWideCharactersInTwoCells() {
        var buffer = ScreenBuffer(width: 8, height: 1)
        let end = buffer.put("中a", row: 0, column: 0)
        #expect(end == 3)
        #expect(buffer[0, 1].isContinuation)
        #expect(buffer.lines == ["中a"])
    }

    @Test("never lets a wide character straddle the clip edge")
    func clipsWideCharacterAtTheEdge() {
        var buffer = ScreenBuffer(width: 5, height: 1)
        buffer.put("abc中文", row: 0, column: 0, maxWidth: 4)
        #expect(buffer.lines == ["abc"])
        #expect(buffer[0, 3].text == " ")
    }

    @Test("shows an escape character as a visible stand-in, never as ESC")
    func sanitizesControlCharacters() {
        var buffer = ScreenBuffer(width: 10, height: 1)
        buffer.put("a\u{1B}]0;x", row: 0, column: 0)
        #expect(buffer.lines == ["a␛]0;x"])
        #expect(!buffer.cells.contains { $0.text.unicodeScalars.contains { $0.value == 0x1B } })
    }

    @Test("overwriting half of a wide character blanks its other half")
    func overwritingHalfOfAWideCharacter() {
        var buffer = ScreenBuffer(width: 4, height: 1)
        buffer.put("中文", row: 0, column: 0)
        buffer.put("x", row: 0, column: 1)
        #expect(buffer.lines == [" x文"])
    }
}

@Suite("Screen buffer restyling")
struct ScreenBufferRestyleTests {
    @Test("restyling columns that start past the right edge changes nothing and does not trap")
    func restylePastTheEdge() {
        var buffer = ScreenBuffer(width: 10, height: 1)
        buffer.put("数据中心", row: 0, column: 0)
        buffer.restyle(row: 0, columns: 34..<40, style: CellStyle(.match))
        buffer.restyle(row: 0, columns: 8..<40, style: CellStyle(.match))
        #expect(buffer[0, 7].style == .normal)
        #expect(buffer[0, 8].style == CellStyle(.match))
    }
}
