/// Frames drawn with box-drawing characters (`─│┌┐…`): table borders, rules, the picker's box.
///
/// Box-drawing characters are East Asian Ambiguous (UAX #11). On a terminal that draws them two
/// columns wide (`ambiguous_width = 2`) a frame counted in characters cannot line up with the
/// text it encloses, so there they become ASCII (`-`, `|`, `+`), one column each everywhere.
public enum BoxDrawing {
    /// `text` as it should be drawn now: unchanged while box-drawing characters are one column.
    public static func adapt(_ text: String) -> String {
        guard DisplayWidth.ambiguousWidth == 2 else { return text }
        return String(text.map { character -> Character in
            switch character {
            case "─", "━": return "-"
            case "│", "┃": return "|"
            case "┌", "┐", "└", "┘", "├", "┤", "┬", "┴", "┼": return "+"
            default: return character
            }
        })
    }
}
