import NewsCore
import NewsUI
import TerminalSeam

/// Styles the text of the printing commands (`list`, `tags`, `topics`, `links`, `check`,
/// `search`) with the reader's ``Theme``: a piece of text names its role (a tag, a date, an
/// error) and the theme says how that role looks, so `theme` and `[theme]` restyle these
/// commands as they restyle the reader and `show`.
///
/// Always sanitizes the text first (it is article text), with colour on or off.
struct Painter {
    /// The look of each role; nil when colour is off, which writes text only.
    let theme: Theme?

    /// No colour: text only.
    static let plain = Painter(theme: nil)

    /// Whether text gets SGR attributes and colours.
    var isEnabled: Bool { theme != nil }

    /// `text`, made safe, in the theme's look for `role` (plus `style` on top), as a 256-colour
    /// terminal shows it.
    func paint(_ text: String, _ role: StyleRole, style: TextStyle = []) -> String {
        let safe = TerminalText.sanitize(text)
        guard let theme else { return safe }
        return Self.wrap(safe, in: theme.appearance(for: CellStyle(role, text: style), depth: .full).sgrParameters)
    }

    /// `text` between the SGR sequence of `codes` and a reset; unchanged when there is nothing
    /// to set or nothing to show.
    static func wrap(_ text: String, in codes: [String]) -> String {
        guard !codes.isEmpty, !text.isEmpty else { return text }
        return "\u{1B}[\(codes.joined(separator: ";"))m\(text)\u{1B}[0m"
    }
}
