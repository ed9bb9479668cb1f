/// Finding the retrieval date (`检索日期2025/6/25`, `retrieved: 2025-06-25`) in a citation.
extension CitationTail {
    /// Words that introduce the retrieval date; a colon or spaces may follow them.
    private static let retrievalMarkers = ["检索日期", "检索于", "检索时间", "访问日期", "访问于", "retrieved", "accessed"]
        .map { Array($0.unicodeScalars) }

    /// The retrieval date after the first marker in `text`, and where the marker starts.
    static func retrievalDate(in text: Substring) -> (CalendarDay?, String.Index)? {
        let scalars = scalarArray(text)
        guard let (day, offset) = retrievalDate(in: scalars) else { return nil }
        return (day, text.unicodeScalars.index(text.startIndex, offsetBy: offset))
    }

    /// The retrieval date after the first marker in `scalars`, and the index where the marker
    /// starts.
    ///
    /// A marker with no valid date after it still ends the outlet and author parts. Markers are
    /// matched with ASCII letters folded to lower case. Only scalars are compared here (no
    /// `Character`s), so the result is the same whatever graphemes the text has.
    static func retrievalDate(in scalars: Scalars) -> (CalendarDay?, Int)? {
        guard let (markerStart, markerEnd) = firstMarker(in: scalars) else { return nil }
        var after = scalars[markerEnd...].drop(while: { $0 == " " || $0 == ":" || $0 == "：" })
        if after.count >= 3, after.prefix(3).map(lowercased) == ["o", "n", " "] {
            after = after.dropFirst(3).drop(while: { $0 == " " })
        }
        let day = CitationDateParser.dayPrefix(of: after.prefix(24))?.0
        return (day, markerStart)
    }

    /// The start and end of the first retrieval marker in `scalars`.
    private static func firstMarker(in scalars: Scalars) -> (start: Int, end: Int)? {
        for start in scalars.indices {
            // Every marker begins with 检, 访, r or a: most positions are rejected here.
            let first = lowercased(scalars[start])
            guard first == "检" || first == "访" || first == "r" || first == "a" else { continue }
            for marker in retrievalMarkers where start + marker.count <= scalars.endIndex {
                if zip(marker, scalars[start...]).allSatisfy({ $0 == lowercased($1) }) {
                    return (start, start + marker.count)
                }
            }
        }
        return nil
    }

    private static func lowercased(_ scalar: Unicode.Scalar) -> Unicode.Scalar {
        ("A"..."Z").contains(scalar) ? Unicode.Scalar(scalar.value + 0x20)! : scalar
    }
}
