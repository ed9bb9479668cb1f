/// Text helpers for the citation parser, in plain Swift.
///
enum CitationText {
    /// `text` without leading and trailing white space (newlines and U+3000 included).
    static func trimmed(_ text: Substring) -> Substring {
        text.trimmedWhitespace
    }

    /// `text` trimmed, as a `String`.
    static func trimmed(_ text: String) -> String {
        String(trimmed(text[...]))
    }

    /// The middle dot U+00B7 that separates citation parts, or the katakana middle dot U+30FB
    /// that some authors type instead.
    static func isSeparator(_ character: Character) -> Bool {
        character == "·" || character == "・"
    }
}
