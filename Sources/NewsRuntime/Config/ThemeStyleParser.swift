import TerminalSeam

/// Reading a style string of a custom theme: `bold yellow on color236`.
enum ThemeStyleParser {
    public static let attributes: [String: CellAppearance.Attributes] = [
        "bold": .bold, "dim": .dim, "italic": .italic, "underline": .underline, "reverse": .reverse,
    ]

    /// Words separated by spaces, each an attribute (`bold dim italic underline reverse`), a
    /// colour (`red`, `bright-red`, `default`, `color0`…`color255`) for the text, or `on`
    /// followed by a colour for the background. An empty string is plain text.
    public static func parse(_ text: String) -> Result<RoleStyle, StyleFailure> {
        var style = RoleStyle()
        var words = text.split(whereSeparator: \.isWhitespace).map(String.init)[...]
        while let word = words.popFirst() {
            let lowered = word.lowercased()
            if let attribute = attributes[lowered] {
                style.attributes.insert(attribute)
            } else if lowered == "on" {
                guard let next = words.popFirst() else {
                    return .failure(StyleFailure(reason: "\"on\" needs a background colour after it"))
                }
                guard style.background == nil else {
                    return .failure(StyleFailure(reason: "two background colours"))
                }
                guard let colour = colour(named: next) else { return .failure(unknownWord(next)) }
                style.background = colour
            } else if let colour = colour(named: word) {
                guard style.foreground == nil else {
                    return .failure(StyleFailure(reason: "two text colours (\"\(word)\" is the second; write \"on \(word)\" for a background)"))
                }
                style.foreground = colour
            } else {
                return .failure(unknownWord(word))
            }
        }
        return .success(style)
    }

    /// A colour name (any case), or nil: `bright-red` is palette 9, `color208` palette 208.
    public static func colour(named word: String) -> ThemeColor? {
        let lowered = word.lowercased()
        if lowered == "default" { return .terminalDefault }
        let bright = lowered.hasPrefix("bright-")
        if let index = ANSIColour.allCases.firstIndex(where: { $0.rawValue == (bright ? String(lowered.dropFirst(7)) : lowered) }) {
            return .palette(UInt8(index + (bright ? 8 : 0)))
        }
        if lowered.hasPrefix("color"), lowered.count > 5, lowered.count <= 8 {
            let digits = lowered.dropFirst(5)
            // `color007` is refused: one spelling per colour keeps files comparable.
            if digits.allSatisfy(\.isASCII), digits.allSatisfy(\.isNumber), digits == "0" || digits.first != "0",
               let index = UInt8(digits) {
                return .palette(index)
            }
        }
        return nil
    }

    private static func unknownWord(_ word: String) -> StyleFailure {
        StyleFailure(reason: "unknown style word \"\(word)\" (attributes: bold dim italic underline reverse; "
            + "colours: black red green yellow blue magenta cyan white, bright-<colour>, default, color0…color255)")
    }
}

/// The eight ANSI colours, in their SGR order (black is 0, white is 7).
enum ANSIColour: String, CaseIterable, Sendable {
    case black, red, green, yellow, blue, magenta, cyan, white
}

/// Why a style string was refused.
struct StyleFailure: Error, Equatable {
    public var reason: String
}
