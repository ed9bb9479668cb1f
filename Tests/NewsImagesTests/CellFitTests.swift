import Testing
@testable import NewsImages

@Suite("Fitting an image into cells")
struct CellFitTests {
    @Test("a 16:9 photo at 100 columns takes 28 rows (cells twice as tall as wide)")
    func widePhoto() {
        #expect(CellFit.fitting(width: 1920, height: 1080, maxColumns: 100, maxRows: 20) == CellFit(columns: 71, rows: 20))
        #expect(CellFit.fitting(width: 1920, height: 1080, maxColumns: 100, maxRows: 40) == CellFit(columns: 100, rows: 28))
    }

    @Test("a tall image is limited by the rows and narrowed to keep its aspect")
    func tallImage() {
        #expect(CellFit.fitting(width: 1000, height: 4000, maxColumns: 100, maxRows: 20) == CellFit(columns: 10, rows: 20))
    }

    @Test("a small image is not blown up past about 8 pixels a column")
    func smallImage() {
        #expect(CellFit.fitting(width: 16, height: 16, maxColumns: 100, maxRows: 20) == CellFit(columns: 2, rows: 1))
    }

    @Test("shown full screen, a small image is enlarged to the box, aspect kept")
    func enlargedImage() {
        // 320×180 is 40 columns at its natural size; full screen it takes the 98 columns (28 rows).
        #expect(CellFit.fitting(width: 320, height: 180, maxColumns: 98, maxRows: 38, enlarging: true) == CellFit(columns: 98, rows: 28))
        #expect(CellFit.fitting(width: 16, height: 16, maxColumns: 100, maxRows: 20, enlarging: true) == CellFit(columns: 40, rows: 20))
    }

    @Test("no room or no pixels: no cells")
    func degenerate() {
        #expect(CellFit.fitting(width: 0, height: 10, maxColumns: 100, maxRows: 20) == CellFit(columns: 0, rows: 0))
        #expect(CellFit.fitting(width: 10, height: 10, maxColumns: 0, maxRows: 20) == CellFit(columns: 0, rows: 0))
    }

    @Test("the reader's box is the text width and half the screen")
    func screenBox() {
        let request = DrawRequest.forScreen(output: .symbols(.trueColor), textColumns: 80, screenRows: 40)
        #expect(request.maxColumns == 80 && request.maxRows == 20)
    }
}
