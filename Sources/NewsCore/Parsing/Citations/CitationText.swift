/// Text helpers for the citation parser, in plain Swift.
///
/// Foundation's `trimmingCharacters(in:)` goes through `NSString` on Linux and was most of the
/// time spent per citation; these do the same on `Character`s.
enum CitationText {
    /// `text` without leading and trailing white space (newlines and U+3000 included).
    static func trimmed(_ text: Substring) -> Substring {
        guard let first = text.firstIndex(where: { !$0.isWhitespace }),
              let last = text.lastIndex(where: { !$0.isWhitespace }) else { return text[text.endIndex...] }
        return text[first...last]
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
