import NewsCore
import NewsUI

/// How a cell should look, in terms any terminal understands: attributes plus palette colours.
public struct CellAppearance: Hashable, Sendable {
    public var attributes: Attributes
    /// Palette indices; -1 is the terminal's own colour, nil leaves it to the next layer (in the
    /// end, the terminal's own).
    public var foreground: Int16?
    public var background: Int16?

    public init(_ attributes: Attributes = [], foreground: Int16? = nil, background: Int16? = nil) {
        self.attributes = attributes
        self.foreground = foreground
        self.background = background
    }

    /// Whether the cell asks for any colour.
    public var hasColour: Bool { foreground != nil || background != nil }

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
}

extension Theme {
    /// The look of a cell on a terminal of `depth`: its role's style, then the typesetter's text
    /// style on top (bold, italic, underline; markers, links and code take their roles' colours
    /// where the role set none). With no colours, each style's monochrome stand-ins apply instead.
    public func appearance(for style: CellStyle, depth: ColorDepth) -> CellAppearance {
        var appearance = resolve(roles[style.role] ?? RoleStyle(), depth: depth)
        let text = style.text
        if text.contains(.bold) || text.contains(.heading) { appearance.attributes.insert(.bold) }
        if text.contains(.italic) { appearance.attributes.insert(.italic) }
        if text.contains(.underline) || text.contains(.link) { appearance.attributes.insert(.underline) }
        if text.contains(.dim) { appearance.attributes.insert(.dim) }
        let textRole: RoleStyle? = text.contains(.marker) ? roles[.marker]
            : text.contains(.link) ? roles[.link]
            : text.contains(.code) ? code : nil
        if let textRole {
            let inner = resolve(textRole, depth: depth)
            appearance.attributes.formUnion(inner.attributes)
            if !appearance.hasColour {
                appearance.foreground = inner.foreground
                appearance.background = inner.background
            }
        }
        return appearance
    }

    private func resolve(_ style: RoleStyle, depth: ColorDepth) -> CellAppearance {
        guard depth != .none else { return CellAppearance(style.attributes.union(style.monochromeAttributes)) }
        return CellAppearance(style.attributes, foreground: style.foreground?.index(for: depth),
                              background: style.background?.index(for: depth))
    }
}
