/// Cuts the excerpt shown under a search hit: a window of text around the first match, with every
/// match inside it marked.
///
/// Matches are found as FTS5 finds them, on ``SearchTokens`` (a phrase is consecutive tokens, the
/// last one a prefix when the query says so), but in Swift and stopping at the window's end: FTS5's
/// own `snippet()` re-tokenised the whole article through SQLite for each hit, which cost 0.5–1 ms
/// per hit on 10 KB articles, most of a search's time.
struct SnippetBuilder {
    /// Characters of context before the first match and in the whole window.
    static let contextBefore = 16, windowLength = 64

    private let phrases: [(tokens: [[UInt8]], prefix: Bool)]

    init(_ query: SearchQuery) {
        phrases = query.phrases.map { phrase in (phrase.tokens.map { Array($0.utf8) }, phrase.prefix) }
    }

    /// The excerpt of `text` around its first match, one line, and the matched character ranges;
    /// nil when `text` has no match.
    func snippet(of text: String) -> (text: String, highlights: [Range<Int>])? {
        guard let first = matches(in: text, untilByte: nil, firstOnly: true).first else { return nil }
        let utf8 = text.utf8
        let matchStart = utf8.index(utf8.startIndex, offsetBy: first.lowerBound)
        let start = text.index(matchStart, offsetBy: -Self.contextBefore, limitedBy: text.startIndex) ?? text.startIndex
        let end = text.index(start, offsetBy: Self.windowLength, limitedBy: text.endIndex) ?? text.endIndex
        let startByte = utf8.distance(from: utf8.startIndex, to: start)
        let endByte = utf8.distance(from: utf8.startIndex, to: end)

        var highlights: [Range<Int>] = []
        let leading = start > text.startIndex ? 1 : 0
        for match in matches(in: text, untilByte: endByte, firstOnly: false) where match.lowerBound >= startByte {
            let lower = utf8.index(utf8.startIndex, offsetBy: match.lowerBound)
            let upper = utf8.index(utf8.startIndex, offsetBy: min(match.upperBound, endByte))
            let from = text[start..<lower].count + leading, count = text[lower..<upper].count
            if let last = highlights.last, last.upperBound >= from {
                highlights[highlights.count - 1] = last.lowerBound..<max(last.upperBound, from + count)
            } else {
                highlights.append(from..<(from + count))
            }
        }
        // One character for one character, so the ranges above stay true.
        let body = String(text[start..<end].map { character -> Character in
            switch character {
            case "\n", "\r", "\r\n", "\t": return " "
            case IndexSchema.listSeparator: return "、"
            default: return character
            }
        })
        return ((leading == 1 ? "…" : "") + body + (end < text.endIndex ? "…" : ""), highlights)
    }

    /// Byte ranges of phrase matches in `text`, in order of their end, scanning no further than
    /// `untilByte`.
    func matches(in text: String, untilByte: Int?, firstOnly: Bool) -> [Range<Int>] {
        var found: [Range<Int>] = []
        // Partial matches in progress (phrase, next token wanted, start byte); two buffers swapped
        // per token so the scan allocates nothing while nothing matches.
        var partial: [(phrase: Int, next: Int, start: Int)] = [], advanced = partial
        var copy = text
        copy.withUTF8 { bytes in
            var iterator = SearchTokens.Iterator(bytes)
            while let token = iterator.next() {
                if let untilByte, token.range.lowerBound >= untilByte { break }
                advanced.removeAll(keepingCapacity: true)
                iterator.withBytes(of: token) { bytes in
                    for candidate in partial {
                        step(candidate.phrase, candidate.next, candidate.start, token: bytes, end: token.range.upperBound,
                             found: &found, advanced: &advanced)
                    }
                    for phraseIndex in phrases.indices {
                        step(phraseIndex, 0, token.range.lowerBound, token: bytes, end: token.range.upperBound,
                             found: &found, advanced: &advanced)
                    }
                }
                swap(&partial, &advanced)
                if firstOnly && !found.isEmpty { break }
            }
        }
        return found
    }

    /// Tries `token` as token `next` of phrase `phraseIndex` (a match begun at byte `start`).
    private func step(
        _ phraseIndex: Int, _ next: Int, _ start: Int, token: UnsafeBufferPointer<UInt8>, end: Int,
        found: inout [Range<Int>], advanced: inout [(phrase: Int, next: Int, start: Int)]
    ) {
        let phrase = phrases[phraseIndex]
        let isLast = next == phrase.tokens.count - 1
        guard Self.token(token, matches: phrase.tokens[next], prefix: isLast && phrase.prefix) else { return }
        if isLast {
            found.append(start..<end)
        } else {
            advanced.append((phraseIndex, next + 1, start))
        }
    }

    private static func token(_ token: UnsafeBufferPointer<UInt8>, matches wanted: [UInt8], prefix: Bool) -> Bool {
        if prefix ? token.count < wanted.count : token.count != wanted.count { return false }
        return wanted.withUnsafeBufferPointer { wanted in
            wanted.elementsEqual(token.prefix(wanted.count))
        }
    }
}
