extension CellAppearance {
    /// The SGR parameters (ECMA-48 8.3.117) that show this appearance after a reset, for output
    /// that is not drawn through curses (`show --color always`): attributes, then colours: the
    /// eight basic ones as 30–37/40–47, their bright forms as 90–97/100–107, the rest of the
    /// palette as `38;5;n`/`48;5;n`. The terminal's own colour (-1) needs nothing after a reset.
    public var sgrParameters: [String] {
        var parameters: [String] = []
        if attributes.contains(.bold) { parameters.append("1") }
        if attributes.contains(.dim) { parameters.append("2") }
        if attributes.contains(.italic) { parameters.append("3") }
        if attributes.contains(.underline) { parameters.append("4") }
        if attributes.contains(.reverse) { parameters.append("7") }
        if let foreground, let code = Self.colour(foreground, basic: 30, bright: 90, extended: "38") { parameters.append(code) }
        if let background, let code = Self.colour(background, basic: 40, bright: 100, extended: "48") { parameters.append(code) }
        return parameters
    }

    private static func colour(_ index: Int16, basic: Int, bright: Int, extended: String) -> String? {
        switch index {
        case ..<0: return nil
        case 0..<8: return String(basic + Int(index))
        case 8..<16: return String(bright + Int(index) - 8)
        default: return "\(extended);5;\(index)"
        }
    }
}
