import NewsCore
import NewsUI

/// How a cell should look, in terms any terminal understands: attributes plus an optional accent.
public struct CellAppearance: Hashable, Sendable {
    public var attributes: Attributes
    /// nil: the terminal's own foreground and background.
    public var accent: Accent?

    public init(_ attributes: Attributes = [], accent: Accent? = nil) {
        self.attributes = attributes
        self.accent = accent
    }

    /// Text attributes every curses terminal may support.
    public struct Attributes: OptionSet, Hashable, Sendable {
        public let rawValue: UInt8
        public init(rawValue: UInt8) { self.rawValue = rawValue }

        public static let bold = Attributes(rawValue: 1 << 0)
        public static let dim = Attributes(rawValue: 1 << 1)
        public static let italic = Attributes(rawValue: 1 << 2)
        public static let underline = Attributes(rawValue: 1 << 3)
        public static let reverse = Attributes(rawValue: 1 << 4)
    }

    /// Accent colours. All but ``highlight`` change only the foreground and keep the terminal's
    /// background, whatever it is; ``highlight`` sets both, so it reads on dark and light alike.
    public enum Accent: Int, CaseIterable, Hashable, Sendable {
        case red = 1, green, magenta, cyan
        /// Black on yellow, for search matches.
        case highlight
    }
}

/// Maps a cell's ``CellStyle`` to its ``CellAppearance``, with or without colours.
///
/// Nothing is assumed about the background: normal text keeps the terminal's default colours,
/// accents change the foreground only, and the bars and the selection use reverse video, which
/// works on any background. Yellow and blue foregrounds are avoided (unreadable on light and on
/// dark backgrounds respectively). Without colours, accents become bold or underline.
public enum StylePalette {
    public static func appearance(for style: CellStyle, colours: Bool) -> CellAppearance {
        var appearance = roleAppearance(style.role, colours: colours)
        let text = textAppearance(style.text, colours: colours)
        appearance.attributes.formUnion(text.attributes)
        if appearance.accent == nil { appearance.accent = text.accent }
        return appearance
    }

    private static func roleAppearance(_ role: StyleRole, colours: Bool) -> CellAppearance {
        switch role {
        case .normal: return CellAppearance()
        case .bar: return CellAppearance([.reverse, .bold])
        case .status, .selection: return CellAppearance(.reverse)
        case .title, .heading: return CellAppearance(.bold)
        case .tag: return colours ? CellAppearance(accent: .cyan) : CellAppearance()
        case .topic: return colours ? CellAppearance(accent: .green) : CellAppearance()
        case .marker: return colours ? CellAppearance(.bold, accent: .magenta) : CellAppearance(.bold)
        case .link: return colours ? CellAppearance(.underline, accent: .cyan) : CellAppearance(.underline)
        case .url: return CellAppearance(.underline)
        case .match: return colours ? CellAppearance(accent: .highlight) : CellAppearance([.bold, .underline])
        case .dim: return CellAppearance(.dim)
        case .error: return colours ? CellAppearance(.bold, accent: .red) : CellAppearance(.bold)
        }
    }

    private static func textAppearance(_ text: TextStyle, colours: Bool) -> CellAppearance {
        var appearance = CellAppearance()
        if text.contains(.bold) || text.contains(.heading) { appearance.attributes.insert(.bold) }
        if text.contains(.italic) { appearance.attributes.insert(.italic) }
        if text.contains(.underline) || text.contains(.link) { appearance.attributes.insert(.underline) }
        if text.contains(.dim) { appearance.attributes.insert(.dim) }
        if text.contains(.marker) {
            if colours { appearance.accent = .magenta } else { appearance.attributes.insert(.bold) }
        } else if text.contains(.link), colours {
            appearance.accent = .cyan
        } else if text.contains(.code), colours {
            appearance.accent = .green
        }
        return appearance
    }
}
