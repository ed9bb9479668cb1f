extension DisplayWidth {
    /// `text` cut to at most `width` columns, ending in `…` when something was cut; a wide
    /// character that would not fit whole is left out.
    public static func truncate(_ text: String, toWidth width: Int) -> String {
        guard width > 0 else { return "" }
        guard of(text) > width else { return text }
        // `…` is East Asian Ambiguous: two columns where the terminal draws those wide.
        let ellipsis = of("…")
        var result = "", used = 0
        for character in text {
            let columns = of(character)
            if used + columns > width - ellipsis { break }
            result.append(character)
            used += columns
        }
        return result + "…"
    }
}
