import Testing
@testable import NewsImages

@Suite("Symbols: images as coloured block cells")
struct SymbolDrawingTests {
    /// The grid as readable text: the symbols, then each row's SGR text with ESC shown as ␛.
    private func transcript(_ grid: SymbolGrid) -> String {
        let symbols = (0..<grid.rows).map { row in String(String.UnicodeScalarView(grid.row(row).map(\.symbol))) }
        let sgr = grid.sgrLines().map { $0.replacingOccurrences(of: "\u{1B}", with: "␛") }
        return (symbols + [""] + sgr).joined(separator: "\n") + "\n"
    }

    private func draw(_ name: String, columns: Int, rows: Int, depth: ImageColorDepth, symbols: SymbolSet) throws -> SymbolGrid {
        let image = try ImageDecoder.decode(try FixtureFiles.bytes(name))
        return ImageRenderer.symbols(image, fit: CellFit(columns: columns, rows: rows), depth: depth, symbols: symbols)
    }

    @Test("the bar chart in true colour quadrants matches its recording")
    func chartTrueColor() throws {
        try FixtureFiles.checkGolden(transcript(try draw("chart.png", columns: 24, rows: 8, depth: .trueColor, symbols: .quadrant)),
                                     named: "chart-truecolor-quadrant")
    }

    @Test("the bar chart in 256 colours with half blocks matches its recording")
    func chart256() throws {
        try FixtureFiles.checkGolden(transcript(try draw("chart.png", columns: 24, rows: 8, depth: .indexed256, symbols: .half)),
                                     named: "chart-256-half")
    }

    @Test("the GIF's quarters come out as their own colours, cell for cell")
    func quarters() throws {
        let grid = try draw("quarters.gif", columns: 4, rows: 2, depth: .trueColor, symbols: .half)
        let red = CellColor.rgb(red: 230, green: 85, blue: 60), blue = CellColor.rgb(red: 60, green: 130, blue: 200)
        /// The colour a viewer sees in a cell: the background for a space, the foreground for a full block.
        func seen(_ cell: SymbolCell) -> CellColor { cell.symbol == " " ? cell.background : cell.foreground }
        #expect(seen(grid.row(0).first!) == red)
        #expect(seen(grid.row(1).last!) == blue)
    }

    @Test("a transparent area keeps the terminal's own background")
    func transparency() throws {
        let grid = try draw("transparent.png", columns: 8, rows: 4, depth: .trueColor, symbols: .quadrant)
        let corner = grid.row(0).first!
        #expect(corner.symbol == " " && corner.background == .terminalDefault)
    }

    @Test("with ambiguous characters drawn wide, no half block or shade is used")
    func ambiguousWide() throws {
        let image = try ImageDecoder.decode(try FixtureFiles.bytes("landscape.jpg"))
        let grid = ImageRenderer.symbols(image, fit: CellFit(columns: 32, rows: 9), depth: .trueColor,
                                         symbols: .quadrant, ambiguousWide: true)
        let ambiguous = grid.cells.filter { (0x2580...0x2595).contains($0.symbol.value) }
        #expect(ambiguous.isEmpty, "ambiguous symbols used: \(String(String.UnicodeScalarView(Set(ambiguous.map(\.symbol)))))")
        #expect(grid.cells.contains { $0.symbol != " " }, "the picture was drawn with symbols at all")
    }

    @Test("SGR lines set colours only when they change and end in a reset")
    func sgrLines() {
        let red = CellColor.rgb(red: 255, green: 0, blue: 0)
        let cells = [SymbolCell(symbol: "▀", foreground: red, background: .indexed(17)),
                     SymbolCell(symbol: "▀", foreground: red, background: .indexed(17)),
                     SymbolCell(symbol: " ", foreground: .terminalDefault, background: .terminalDefault)]
        let line = SymbolGrid(columns: 3, rows: 1, cells: cells).sgrLines()[0]
        #expect(line == "\u{1B}[38;2;255;0;0;48;5;17m▀▀\u{1B}[39;49m \u{1B}[0m")
    }
}
