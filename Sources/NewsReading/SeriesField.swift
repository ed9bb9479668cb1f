import NewsCore

/// The `series` taxonomy of Hugo front matter (FORMAT.md: `series` is a taxonomy of its own),
/// read from the fields NewsCore keeps verbatim: a string or a list of strings.
public enum SeriesField {
    public static func terms(in frontMatter: FrontMatter) -> [String] {
        let values: [FrontMatterValue]
        switch frontMatter.extra["series"] {
        case .string(let name)?: values = [.string(name)]
        case .array(let list)?: values = list
        default: return []
        }
        var seen = Set<String>()
        return values.compactMap { value -> String? in
            guard case .string(let raw) = value else { return nil }
            let name = Outline.oneLine(raw)
            return !name.isEmpty && seen.insert(TermKey.of(name)).inserted ? name : nil
        }
    }
}
