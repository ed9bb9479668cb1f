import NewsCore

/// The name of an outlet a citation names (`·智东西·`), made fit to list and to compare.
public enum OutletName {
    /// Longer than this and the "outlet" is a sentence the citation parser took for a name.
    public static let maximumLength = 60

    /// The outlets `citations` name, each once, in order of first citation.
    public static func outlets(citedBy citations: [Citation]) -> [String] {
        var seen = Set<String>()
        var names: [String] = []
        for citation in citations {
            guard let raw = citation.outlet, let name = display(raw), seen.insert(key(name)).inserted else { continue }
            names.append(name)
        }
        return names
    }

    /// The name as shown: sanitized for the terminal, whitespace runs as one space, trimmed; nil
    /// when nothing is left or it is too long to be a name.
    public static func display(_ raw: String) -> String? {
        let name = TerminalText.sanitize(raw).split(whereSeparator: \.isWhitespace).joined(separator: " ")
        guard !name.isEmpty, name.count <= maximumLength else { return nil }
        return name
    }

    /// What two spellings of one outlet share (``NameKey``).
    public static func key(_ name: String) -> String {
        NameKey.of(name)
    }
}
