/// The colour of one side (foreground or background) of a symbol cell.
public enum CellColor: Hashable, Sendable {
    /// The terminal's own colour (a transparent part of the image).
    case terminalDefault
    /// A palette index (256- or 16-colour drawings).
    case indexed(UInt8)
    /// 24-bit colour.
    case rgb(red: UInt8, green: UInt8, blue: UInt8)

    /// The SGR parameters selecting this colour as foreground (`38;…`) or background (`48;…`).
    public func sgrParameters(background: Bool) -> String {
        switch self {
        case .terminalDefault: return background ? "49" : "39"
        case .indexed(let index): return "\(background ? 48 : 38);5;\(index)"
        case .rgb(let red, let green, let blue): return "\(background ? 48 : 38);2;\(red);\(green);\(blue)"
        }
    }
}
