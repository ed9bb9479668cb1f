/// Matching of link and footnote labels as CommonMark defines it.
public enum LinkLabel {
    /// The key two labels share when they match: trimmed, inner whitespace collapsed to one space,
    /// case folded (CommonMark 0.31, "link label").
    public static func normalize(_ label: String) -> String {
        label.split(whereSeparator: { $0.isWhitespace }).joined(separator: " ").lowercased()
    }
}
