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

    /// A run of scalars from the tail.
    typealias Scalars = ArraySlice<Unicode.Scalar>

    /// Reads the parts after the link.
    ///
    /// Works on an array of Unicode scalars: grapheme breaking and `Substring` comparisons made
    /// this the costliest step of citation parsing. That is only the same as reading `Character`s
    /// when each scalar is a `Character` of its own, which holds for the tails real articles have
    /// (CJK, Latin, punctuation); any other tail takes the `Character` path.
    static func parse(_ rest: Substring) -> CitationTail {
        let scalars = scalarArray(rest)
        guard scalars.allSatisfy(StandaloneScalar.isStandalone) else { return parseByCharacters(rest) }
        var tail = CitationTail()
        var remainder = scalars
        if let (day, markerStart) = retrievalDate(in: scalars) {
            tail.retrieved = day
            remainder = scalars[..<markerStart]
        }
        // Names, last part first (the publication date is taken from the last part that has one).
        var reversedParts: [Scalars] = []
        for part in remainder.split(whereSeparator: isSeparator).reversed() {
            let (name, day) = splitPublicationDate(trimmed(part))
            if tail.published == nil { tail.published = day }
            if !name.isEmpty { reversedParts.append(name) }
        }
        let parts = Array(reversedParts.reversed())
        // A link followed by a sentence is prose, not an outlet.
        let isProse = parts.count == 1 && !remainder.contains(where: isSeparator)
            && parts[0].contains(where: { "。，；！？".unicodeScalars.contains($0) })
        guard !isProse, let first = parts.first else { return tail }
        tail.outlet = string(first)
        if parts.count > 1 { tail.author = parts.dropFirst().map(string).joined(separator: "·") }
        return tail
    }

    /// Takes a publication date off a part: a trailing `（2025/6/24）` or `(2025/6/24)`, or a part
    /// that is only a date. Something shaped like a date but impossible (`2025/13/45`) is removed
    /// too, with no date: it is never a name.
    private static func splitPublicationDate(_ part: Scalars) -> (Scalars, CalendarDay?) {
        if CitationDateParser.looksLikeDate(part) {
            return (part[part.endIndex...], CitationDateParser.day(in: part))
        }
        guard let last = part.last, last == "）" || last == ")" else { return (part, nil) }
        let opener: Unicode.Scalar = last == "）" ? "（" : "("
        guard let open = part.lastIndex(of: opener) else { return (part, nil) }
        let inside = part[(open + 1)..<(part.endIndex - 1)]
        guard CitationDateParser.looksLikeDate(inside) else { return (part, nil) }
        return (trimmed(part[..<open]), CitationDateParser.day(in: inside))
    }

    /// The middle dot U+00B7 or the katakana middle dot U+30FB (see ``CitationText/isSeparator(_:)``).
    private static func isSeparator(_ scalar: Unicode.Scalar) -> Bool {
        scalar == "\u{B7}" || scalar == "\u{30FB}"
    }

    /// `scalars` without leading and trailing white space, as ``CitationText/trimmed(_:)-swift.method``.
    static func trimmed(_ scalars: Scalars) -> Scalars {
        guard let first = scalars.firstIndex(where: { !StandaloneScalar.isWhitespace($0) }),
              let last = scalars.lastIndex(where: { !StandaloneScalar.isWhitespace($0) }) else {
            return scalars[scalars.endIndex...]
        }
        return scalars[first...last]
    }

    /// The scalars of `text`, decoded from its UTF-8 in one pass: iterating
    /// `Substring.UnicodeScalarView` checked every index and cost over 100 instructions a scalar.
    static func scalarArray(_ text: Substring) -> Scalars {
        var scalars: [Unicode.Scalar] = []
        scalars.reserveCapacity(text.utf8.count)
        var text = text
        text.withUTF8 { bytes in
            // A `Substring` is always valid UTF-8: the lead byte gives the length, and every
            // sequence is complete.
            var index = 0
            while index < bytes.count {
                let lead = UInt32(bytes[index])
                var value: UInt32
                let length: Int
                switch lead {
                case 0..<0x80: value = lead; length = 1
                case 0xC0..<0xE0: value = lead & 0x1F; length = 2
                case 0xE0..<0xF0: value = lead & 0x0F; length = 3
                default: value = lead & 0x07; length = 4
                }
                for offset in 1..<length { value = value << 6 | UInt32(bytes[index + offset] & 0x3F) }
                scalars.append(Unicode.Scalar(value) ?? "\u{FFFD}")
                index += length
            }
        }
        return scalars[...]
    }

    /// The scalars as a `String`, encoded by hand: `UnicodeScalarView.append(contentsOf:)` is not
    /// specialised and cost more than the rest of the tail parse.
    private static func string(_ scalars: Scalars) -> String {
        var utf8: [UInt8] = []
        utf8.reserveCapacity(scalars.count * 3)
        for scalar in scalars {
            UTF8.encode(scalar) { utf8.append($0) }
        }
        return String(decoding: utf8, as: UTF8.self)
    }
}
