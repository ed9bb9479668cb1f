/// Reads the snippets FTS5 makes: the matched text is wrapped in two control characters, which
/// this turns into a clean one-line excerpt plus the character ranges to highlight.
enum SnippetMarkup {
    /// Put before and after each match by `snippet()` (control characters never in article text
    /// that reaches the index: the parser keeps them out of titles and bodies are plain text).
    static let open: Character = "\u{2}", close: Character = "\u{3}"

    /// The excerpt without markers, newlines and list separators as spaces, and the ranges (in
    /// `Character`s of the excerpt) that matched; adjacent matches are merged.
    static func parse(_ marked: String) -> (text: String, highlights: [Range<Int>]) {
        var text = ""
        var highlights: [Range<Int>] = []
        var count = 0
        var start: Int?
        for character in marked {
            switch character {
            case open:
                start = count
            case close:
                guard let begin = start else { continue }
                if let last = highlights.last, last.upperBound == begin {
                    highlights[highlights.count - 1] = last.lowerBound..<count
                } else if count > begin {
                    highlights.append(begin..<count)
                }
                start = nil
            case "\n", "\r", "\r\n", "\t":
                if text.last != " " {
                    text.append(" ")
                    count += 1
                }
            case IndexSchema.listSeparator:
                text += ", "
                count += 2
            default:
                text.append(character)
                count += 1
            }
        }
        return (text, highlights)
    }
}
