import CImageCodecs

/// Draws decoded pixels with libchafa.
public enum ImageRenderer {
    /// The image as `fit.columns` × `fit.rows` symbol cells. `ambiguousWide` avoids symbols the
    /// terminal would draw two columns wide (East Asian Ambiguous: half blocks, shades).
    public static func symbols(_ image: RGBAImage, fit: CellFit, depth: ImageColorDepth,
                               symbols: SymbolSet = .quadrant, ambiguousWide: Bool = false) -> SymbolGrid {
        guard fit.columns > 0, fit.rows > 0 else { return SymbolGrid(columns: 0, rows: 0, cells: []) }
        var raw = [ci_cell](repeating: ci_cell(), count: fit.columns * fit.rows)
        image.pixels.withUnsafeBufferPointer { pixels in
            var source = ci_image(pixels: UnsafeMutablePointer(mutating: pixels.baseAddress),
                                  width: UInt32(image.width), height: UInt32(image.height))
            ci_draw_symbols(&source, Int32(fit.columns), Int32(fit.rows), depth.codec, symbols.codec,
                            ambiguousWide ? 1 : 0, &raw)
        }
        let cells = raw.map { cell in
            SymbolCell(symbol: Unicode.Scalar(cell.codepoint) ?? " ",
                       foreground: color(cell.foreground, depth: depth), background: color(cell.background, depth: depth))
        }
        return SymbolGrid(columns: fit.columns, rows: fit.rows, cells: cells)
    }

    /// The image as one graphics sequence covering `fit.columns` × `fit.rows` cells.
    public static func sequence(_ image: RGBAImage, fit: CellFit, protocol graphics: GraphicsProtocol,
                                cellPixels: CellPixelSize = .typical) -> [UInt8] {
        guard fit.columns > 0, fit.rows > 0 else { return [] }
        return image.pixels.withUnsafeBufferPointer { pixels in
            var source = ci_image(pixels: UnsafeMutablePointer(mutating: pixels.baseAddress),
                                  width: UInt32(image.width), height: UInt32(image.height))
            var length = 0
            guard let bytes = ci_draw_sequence(&source, Int32(fit.columns), Int32(fit.rows), Int32(cellPixels.width),
                                               Int32(cellPixels.height), graphics.codec, &length) else { return [] }
            defer { ci_free(bytes) }
            return bytes.withMemoryRebound(to: UInt8.self, capacity: length) { Array(UnsafeBufferPointer(start: $0, count: length)) }
        }
    }

    private static func color(_ value: UInt32, depth: ImageColorDepth) -> CellColor {
        if value == CI_COLOR_DEFAULT { return .terminalDefault }
        if depth != .trueColor { return .indexed(UInt8(truncatingIfNeeded: value)) }
        return .rgb(red: UInt8(truncatingIfNeeded: value >> 16), green: UInt8(truncatingIfNeeded: value >> 8),
                    blue: UInt8(truncatingIfNeeded: value))
    }
}

extension ImageColorDepth {
    var codec: ci_color_depth {
        switch self {
        case .trueColor: return CI_COLORS_TRUE
        case .indexed256: return CI_COLORS_256
        case .indexed16: return CI_COLORS_16
        }
    }
}

extension SymbolSet {
    var codec: ci_symbol_set {
        switch self {
        case .half: return CI_SYMBOLS_HALF
        case .quadrant: return CI_SYMBOLS_QUADRANT
        case .sextant: return CI_SYMBOLS_SEXTANT
        }
    }
}

extension GraphicsProtocol {
    var codec: ci_draw_mode {
        switch self {
        case .kitty: return CI_DRAW_KITTY
        case .sixel: return CI_DRAW_SIXEL
        case .iterm: return CI_DRAW_ITERM2
        }
    }
}
