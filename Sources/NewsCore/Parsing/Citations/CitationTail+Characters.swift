/// The `Character`-based reading of a citation tail, kept for tails with scalars that join into
/// larger graphemes (combining marks, emoji sequences, …), where scalars and `Character`s differ.
///
/// ``CitationTail/parse(_:)`` uses the faster scalar reading whenever every scalar is its own
/// `Character` (``StandaloneScalar``); both readings then give the same result, which
/// `CitationTailEquivalenceTests` checks.
extension CitationTail {
    /// Reads the parts after the link, a `Character` at a time.
    static func parseByCharacters(_ rest: Substring) -> CitationTail {
        var tail = CitationTail()
        var remainder = rest
        if let (day, markerStart) = retrievalDate(in: rest) {
            tail.retrieved = day
            remainder = rest[..<markerStart]
        }
        var parts = remainder.split(whereSeparator: CitationText.isSeparator).map { String(CitationText.trimmed($0)) }
        for index in parts.indices.reversed() {
            let (name, day) = splitPublicationDate(parts[index])
            parts[index] = name
            if tail.published == nil { tail.published = day }
        }
        parts.removeAll(where: \.isEmpty)
        // A link followed by a sentence is prose, not an outlet.
        let isProse = parts.count == 1 && !remainder.contains(where: CitationText.isSeparator)
            && parts[0].unicodeScalars.contains(where: { "。，；！？".unicodeScalars.contains($0) })
        guard !isProse, let first = parts.first else { return tail }
        tail.outlet = first
        if parts.count > 1 { tail.author = parts.dropFirst().joined(separator: "·") }
        return tail
    }

    /// Takes a publication date off a part: a trailing `（2025/6/24）` or `(2025/6/24)`, or a part
    /// that is only a date. Something shaped like a date but impossible (`2025/13/45`) is removed
    /// too, with no date: it is never a name.
    private static func splitPublicationDate(_ part: String) -> (String, CalendarDay?) {
        if CitationDateParser.looksLikeDate(part[...]) {
            return ("", CitationDateParser.day(in: part[...]))
        }
        guard let last = part.last, last == "）" || last == ")" else { return (part, nil) }
        let opener: Character = last == "）" ? "（" : "("
        guard let open = part.lastIndex(of: opener) else { return (part, nil) }
        let inside = part[part.index(after: open)..<part.index(before: part.endIndex)]
        guard CitationDateParser.looksLikeDate(inside) else { return (part, nil) }
        let name = String(CitationText.trimmed(part[..<open]))
        return (name, CitationDateParser.day(in: inside))
    }
}
