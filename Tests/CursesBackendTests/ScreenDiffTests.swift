import CursesBackend
import NewsUI
import TerminalSeam
import Testing

@Suite("Drawing only what changed")
struct ScreenDiffTests {
    @Test("the first frame draws every cell but the right halves of wide characters")
    func firstFrameDrawsEverything() {
        var buffer = ScreenBuffer(width: 6, height: 2)
        buffer.put("中文ab", row: 0, column: 0)
        let diff = ScreenDiff(from: nil, to: buffer)
        #expect(diff.isFullRedraw)
        #expect(diff.cells.count == 12 - 2)
        #expect(!diff.cells.contains(CellPosition(row: 0, column: 1)))
        #expect(!diff.cells.contains(CellPosition(row: 0, column: 3)))
    }

    @Test("an unchanged frame draws nothing")
    func unchangedFrameDrawsNothing() {
        var buffer = ScreenBuffer(width: 10, height: 3)
        buffer.put("新闻 news", row: 1, column: 2)
        let diff = ScreenDiff(from: buffer, to: buffer)
        #expect(!diff.isFullRedraw)
        #expect(diff.cells.isEmpty)
    }

    @Test("a changed letter draws that one cell")
    func changedLetterDrawsOneCell() {
        var old = ScreenBuffer(width: 10, height: 3)
        old.put("abc", row: 2, column: 0)
        var new = old
        new.put("x", row: 2, column: 1)
        #expect(ScreenDiff(from: old, to: new).cells == [CellPosition(row: 2, column: 1)])
    }

    @Test("a changed wide character is drawn once, at its left cell")
    func wideCharacterDrawnOnce() {
        var old = ScreenBuffer(width: 8, height: 1)
        old.put("中文", row: 0, column: 2)
        var new = old
        new.put("字", row: 0, column: 2)
        #expect(ScreenDiff(from: old, to: new).cells == [CellPosition(row: 0, column: 2)])
    }

    @Test("a wide character shifted by one column redraws the cells it and its old place cover")
    func shiftedWideCharacter() {
        var old = ScreenBuffer(width: 6, height: 1)
        old.put("a中", row: 0, column: 0)
        var new = ScreenBuffer(width: 6, height: 1)
        new.put("中b", row: 0, column: 0)
        // Columns 0–1 now hold 中 (drawn once at 0); column 2 now holds b.
        #expect(ScreenDiff(from: old, to: new).cells == [CellPosition(row: 0, column: 0), CellPosition(row: 0, column: 2)])
    }

    @Test("a restyled right half redraws the whole wide character")
    func restyledRightHalf() {
        var old = ScreenBuffer(width: 4, height: 1)
        old.put("中", row: 0, column: 0)
        var new = old
        new.restyle(row: 0, columns: 1..<2, style: CellStyle(.selection))
        #expect(ScreenDiff(from: old, to: new).cells == [CellPosition(row: 0, column: 0)])
    }

    @Test("a new size redraws everything")
    func resizeRedrawsEverything() {
        let old = ScreenBuffer(width: 10, height: 3)
        let new = ScreenBuffer(width: 8, height: 3)
        let diff = ScreenDiff(from: old, to: new)
        #expect(diff.isFullRedraw)
        #expect(diff.cells.count == 24)
    }
}
