import Foundation

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
    private static let separators: Set<Character> = ["·", "・"]

    /// Reads the parts after the link.
    static func parse(_ rest: Substring) -> CitationTail {
        var tail = CitationTail()
        var remainder = rest
        if let (day, markerStart) = retrievalDate(in: rest) {
            tail.retrieved = day
            remainder = rest[..<markerStart]
        }
        var parts = remainder.split(whereSeparator: { separators.contains($0) })
            .map { $0.trimmingCharacters(in: .whitespacesAndNewlines) }
        for index in parts.indices.reversed() {
            let (name, day) = splitPublicationDate(parts[index])
            parts[index] = name
            if tail.published == nil { tail.published = day }
        }
        parts.removeAll(where: \.isEmpty)
        // A link followed by a sentence is prose, not an outlet.
        let isProse = parts.count == 1 && !remainder.contains(where: { separators.contains($0) })
            && parts[0].contains(where: { "。，；！？".contains($0) })
        guard !isProse, let first = parts.first else { return tail }
        tail.outlet = first
        if parts.count > 1 { tail.author = parts.dropFirst().joined(separator: "·") }
        return tail
    }

    /// The retrieval date after the first marker in `text`, and where the marker starts.
    ///
    /// A marker with no valid date after it still ends the outlet and author parts.
    static func retrievalDate(in text: Substring) -> (CalendarDay?, String.Index)? {
        let found = retrievalMarkers.compactMap { text.range(of: $0, options: .caseInsensitive) }
            .min(by: { $0.lowerBound < $1.lowerBound })
        guard let marker = found else { return nil }
        var after = text[marker.upperBound...].drop(while: { $0 == " " || $0 == ":" || $0 == "：" })
        if after.lowercased().hasPrefix("on ") { after = after.dropFirst(3).drop(while: { $0 == " " }) }
        let day = CitationDateParser.dayPrefix(of: Array(after.prefix(16)))?.0
        return (day, marker.lowerBound)
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
        let name = part[..<open].trimmingCharacters(in: .whitespaces)
        return (name, CitationDateParser.day(in: inside))
    }
}
