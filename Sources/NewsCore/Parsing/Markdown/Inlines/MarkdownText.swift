/// Text-level decoding shared by block and inline parsing.
///
/// STUB: the inline parser's author replaces this.
public enum MarkdownText {
    /// Resolves backslash escapes and entity / numeric character references (`\*`, `&ouml;`, `&#35;`),
    /// as CommonMark does in link destinations, titles and code fence info strings.
    public static func unescape(_ text: String) -> String {
        text
    }
}
