/// What follows the link in a citation: `·outlet·author（2025/6/24）·检索日期2025/6/25`.
///
/// Parts are separated by the middle dot (U+00B7; `・` U+30FB is taken too, spaces around either
/// are ignored). The publication date sits in parentheses, full-width or ASCII, after the last of
/// outlet and author; the retrieval date follows a marker such as `检索日期` (FORMAT.md, "Citations").
struct CitationTail: Equatable {
    var outlet: String?
    var author: String?
    var published: CalendarDay?
    var retrieved: CalendarDay?

    /// Words that introduce the retrieval date; a colon or spaces may follow them.
    private static let retrievalMarkers = ["检索日期", "检索于", "检索时间", "访问日期", "访问于", "retrieved", "accessed"]

    /// Reads the parts after the link.
    static func parse(_ rest: Substring) -> CitationTail {
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

    /// The retrieval date after the first marker in `text`, and where the marker starts.
    ///
    /// A marker with no valid date after it still ends the outlet and author parts. Searched in
    /// UTF-8 bytes, ASCII letters folded to lower case, so the search stays a cheap linear scan.
    static func retrievalDate(in text: Substring) -> (CalendarDay?, String.Index)? {
        let bytes = Array(text.utf8)
        var found: (offset: Int, length: Int)?
        search: for offset in bytes.indices {
            for marker in markerBytes where offset + marker.count <= bytes.count {
                var matches = true
                for index in 0..<marker.count where lowercased(bytes[offset + index]) != marker[index] {
                    matches = false
                    break
                }
                if matches {
                    found = (offset, marker.count)
                    break search
                }
            }
        }
        guard let (first, markerLength) = found else { return nil }
        let markerStart = text.utf8.index(text.startIndex, offsetBy: first)
        let markerEnd = text.utf8.index(markerStart, offsetBy: markerLength)
        var after = text[markerEnd...].drop(while: { $0 == " " || $0 == ":" || $0 == "：" })
        if after.prefix(3).lowercased() == "on " { after = after.dropFirst(3).drop(while: { $0 == " " }) }
        let day = CitationDateParser.dayPrefix(of: Array(after.unicodeScalars.prefix(24))[...])?.0
        return (day, markerStart)
    }

    private static let markerBytes = retrievalMarkers.map { Array($0.utf8) }

    private static func lowercased(_ byte: UInt8) -> UInt8 {
        (0x41...0x5A).contains(byte) ? byte + 0x20 : byte
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
