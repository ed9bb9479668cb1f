extension DisplayWidth {
    /// `text` cut to at most `width` columns, ending in `…` when something was cut; a wide
    /// character that would not fit whole is left out.
    public static func truncate(_ text: String, toWidth width: Int) -> String {
        guard width > 0 else { return "" }
        guard of(text) > width else { return text }
        var result = "", used = 0
        for character in text {
            let columns = of(character)
            if used + columns > width - 1 { break }
            result.append(character)
            used += columns
        }
        return result + "…"
    }
}
