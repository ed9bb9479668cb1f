/// The `theme` setting: a built-in palette, or styles of the user's own per role.
enum ThemeSetting: Equatable, Sendable {
    case preset(ThemePreset)
    /// Styles for some roles; a role left out keeps the `default` theme's style.
    case custom([ThemeRole: TerminalStyle])

    static let standard = ThemeSetting.preset(.default)
}

/// The built-in palettes a `theme = "…"` names.
enum ThemePreset: String, CaseIterable, Sendable {
    case `default`, light, mono
}

/// What a custom theme can style (the roles; each is also a `StyleRole` of NewsUI).
enum ThemeRole: String, CaseIterable, Hashable, Sendable {
    case title, tag, marker, link, url, selection, status
}

/// A colour as a theme names it.
enum TerminalColour: Equatable, Hashable, Sendable {
    /// The terminal's own foreground or background.
    case terminalDefault
    /// One of the eight ANSI colours (0–7), or its bright twin (8–15).
    case named(ANSIColour, bright: Bool)
    /// `color0` … `color255`: an xterm 256-colour index.
    case indexed(UInt8)
}

/// The eight ANSI colours, in their SGR order (black is 0, white is 7).
enum ANSIColour: String, CaseIterable, Sendable {
    case black, red, green, yellow, blue, magenta, cyan, white
}

/// Text attributes a style can ask for.
enum TextAttribute: String, CaseIterable, Hashable, Sendable {
    case bold, dim, italic, underline, reverse
}

/// A style string of a custom theme, read: `bold yellow on color236`.
struct TerminalStyle: Equatable, Hashable, Sendable {
    var attributes: Set<TextAttribute> = []
    var foreground: TerminalColour?
    var background: TerminalColour?

    /// Reads a style string: words separated by spaces, each an attribute (`bold dim italic
    /// underline reverse`), a colour (`red`, `bright-red`, `default`, `color0`…`color255`) for
    /// the text, or `on` followed by a colour for the background. An empty string is plain text.
    static func parse(_ text: String) -> Result<TerminalStyle, StyleFailure> {
        var style = TerminalStyle()
        var words = text.split(whereSeparator: \.isWhitespace).map(String.init)[...]
        while let word = words.popFirst() {
            let lowered = word.lowercased()
            if let attribute = TextAttribute(rawValue: lowered) {
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

    /// A colour name (any case), or nil.
    static func colour(named word: String) -> TerminalColour? {
        let lowered = word.lowercased()
        if lowered == "default" { return .terminalDefault }
        if let ansi = ANSIColour(rawValue: lowered) { return .named(ansi, bright: false) }
        if lowered.hasPrefix("bright-"), let ansi = ANSIColour(rawValue: String(lowered.dropFirst(7))) {
            return .named(ansi, bright: true)
        }
        if lowered.hasPrefix("color"), lowered.count > 5, lowered.count <= 8 {
            let digits = lowered.dropFirst(5)
            // `color007` is refused: one spelling per colour keeps files comparable.
            if digits.allSatisfy(\.isASCII), digits.allSatisfy(\.isNumber), digits == "0" || digits.first != "0",
               let index = UInt8(digits) {
                return .indexed(index)
            }
        }
        return nil
    }

    private static func unknownWord(_ word: String) -> StyleFailure {
        StyleFailure(reason: "unknown style word \"\(word)\" (attributes: bold dim italic underline reverse; "
            + "colours: black red green yellow blue magenta cyan white, bright-<colour>, default, color0…color255)")
    }
}

/// Why a style string was refused.
struct StyleFailure: Error, Equatable {
    var reason: String
}
