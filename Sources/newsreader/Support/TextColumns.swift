import NewsCore

/// Padding and truncation by display width, for aligned columns with CJK text.
enum TextColumns {
    static func pad(_ text: String, toWidth width: Int) -> String {
        text + String(repeating: " ", count: max(0, width - DisplayWidth.of(text)))
    }

    /// Cuts `text` to at most `width` columns, ending with `…` when something was cut.
    static func truncate(_ text: String, toWidth width: Int) -> String {
        DisplayWidth.truncate(text, toWidth: width)
    }
}
