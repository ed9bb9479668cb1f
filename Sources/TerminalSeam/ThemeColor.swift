/// A colour a theme asks for: the terminal's own, or an entry of the 256-colour palette
/// (0–7 the basic colours, 8–15 their bright forms, 16–255 xterm's colour cube and greys).
public enum ThemeColor: Hashable, Sendable {
    case terminalDefault
    case palette(UInt8)

    public static let black = ThemeColor.palette(0)
    public static let red = ThemeColor.palette(1)
    public static let green = ThemeColor.palette(2)
    public static let yellow = ThemeColor.palette(3)
    public static let blue = ThemeColor.palette(4)
    public static let magenta = ThemeColor.palette(5)
    public static let cyan = ThemeColor.palette(6)
    public static let white = ThemeColor.palette(7)

    /// The palette index to use on a terminal of `depth` (-1: the terminal's default), or nil
    /// when the terminal shows no colours. A colour the terminal lacks becomes the nearest one it
    /// has, so a 256-colour theme still reads on an 8-colour console.
    func index(for depth: ColorDepth) -> Int16? {
        guard depth != .none else { return nil }
        guard case .palette(let value) = self else { return -1 }
        let wanted = Int(value)
        if wanted < depth.rawValue { return Int16(wanted) }
        // Bright basic colours on an 8-colour terminal are their normal forms.
        if wanted < 16 { return Int16(wanted - 8) }
        return Int16(Self.nearest(to: Self.rgb(wanted), among: depth.rawValue))
    }

    /// The index among 0..<count whose colour is closest to `rgb` (squared distance in RGB).
    private static func nearest(to rgb: (Int, Int, Int), among count: Int) -> Int {
        func distance(_ index: Int) -> Int {
            let other = Self.rgb(index)
            return (rgb.0 - other.0) * (rgb.0 - other.0) + (rgb.1 - other.1) * (rgb.1 - other.1) + (rgb.2 - other.2) * (rgb.2 - other.2)
        }
        return (0..<count).min { distance($0) < distance($1) } ?? 7
    }

    /// xterm's default RGB for a palette index (xterm's 256colres.pl and its default resources
    /// for 0–15): a 6×6×6 cube at levels 0, 95, 135, 175, 215, 255, then 24 greys 8…238.
    static func rgb(_ index: Int) -> (Int, Int, Int) {
        let basic = [(0, 0, 0), (205, 0, 0), (0, 205, 0), (205, 205, 0), (0, 0, 238), (205, 0, 205), (0, 205, 205), (229, 229, 229),
                     (127, 127, 127), (255, 0, 0), (0, 255, 0), (255, 255, 0), (92, 92, 255), (255, 0, 255), (0, 255, 255), (255, 255, 255)]
        if index < 16 { return basic[index] }
        if index >= 232 {
            let grey = 8 + 10 * (index - 232)
            return (grey, grey, grey)
        }
        let levels = [0, 95, 135, 175, 215, 255]
        let cube = index - 16
        return (levels[cube / 36], levels[(cube / 6) % 6], levels[cube % 6])
    }
}
