import NewsCore

/// Fitting text into columns: truncation with an ellipsis and hard wrapping, counted in
/// display columns (a CJK character takes two, DisplayWidth).
///
/// Text is sanitized first: what is measured is what `ScreenBuffer.put` will draw, so a
/// control character's visible stand-in (`␛`, one column) is counted, not the control (none).
enum TextLayout {
    /// `text` cut to at most `width` columns, ending in `…` when something was cut.
    static func truncate(_ text: String, width: Int) -> String {
        DisplayWidth.truncate(TerminalText.sanitize(text), toWidth: width)
    }

    /// `text` cut from the left to at most `width` columns, starting with `…` when cut (paths).
    static func truncateLeading(_ text: String, width: Int) -> String {
        guard width > 0 else { return "" }
        let text = TerminalText.sanitize(text)
        guard DisplayWidth.of(text) > width else { return text }
        var kept: [Character] = [], used = 0
        for character in text.reversed() {
            let columns = DisplayWidth.of(character)
            if used + columns > width - DisplayWidth.of("…") { break }
            kept.append(character)
            used += columns
        }
        return "…" + String(kept.reversed())
    }

    /// `text` broken into lines of at most `width` columns, at any character (problem
    /// messages and URLs, where a word-aware break matters less than showing everything).
    static func wrap(_ text: String, width: Int) -> [String] {
        guard width > 0 else { return [] }
        var lines: [String] = [], line = "", used = 0
        for character in TerminalText.sanitize(text) {
            let columns = DisplayWidth.of(character)
            if used + columns > width, !line.isEmpty {
                lines.append(line)
                line = ""
                used = 0
            }
            line.append(character)
            used += columns
        }
        lines.append(line)
        return lines
    }
}

extension TextLayout {
    /// `text` broken at spaces into lines of at most `width` columns; a word longer than a
    /// line is cut (help text, which is English and short).
    static func wrapWords(_ text: String, width: Int) -> [String] {
        guard width > 0 else { return [] }
        var lines: [String] = [], line = ""
        for word in text.split(separator: " ").map(String.init) {
            let candidate = line.isEmpty ? word : line + " " + word
            if DisplayWidth.of(candidate) <= width {
                line = candidate
                continue
            }
            if !line.isEmpty { lines.append(line) }
            let pieces = wrap(word, width: width)
            lines += pieces.dropLast()
            line = pieces.last ?? ""
        }
        if !line.isEmpty || lines.isEmpty { lines.append(line) }
        return lines
    }
}
