import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Cuts the excerpt shown under a search hit: a window of text around the first match, with every
/// match inside it marked.
///
/// Matches are what FTS5 matched, on ``SearchTokens`` (a phrase is consecutive tokens, the last
/// one a prefix when the query says so). FTS5's own `snippet()` re-tokenised the whole article
/// through SQLite for each hit (0.5–1 ms per 10 KB article, most of a search's time), so the first
/// match is found with `memmem` for Chinese phrases (their tokens are the text's own bytes) and a
/// case-blind byte search before any tokenising for Latin ones; only the short window is tokenised
/// to mark the matches. A Chinese phrase is looked for in each of its spellings (Traditional
/// characters fold to Simplified); one with too many spellings to list is looked for token by token.
struct SnippetBuilder {
    /// Characters of context before the first match and in the whole window.
    static let contextBefore = 16, windowLength = 64

    private let phrases: [(tokens: [[UInt8]], prefix: Bool)]
    /// Per phrase: its bytes when it is all CJK characters (found verbatim in the text), else nil.
    private let verbatim: [[UInt8]?]
    /// Per verbatim phrase: every way to write it that folds to it (`数据`, `數據`, `数據`, `數据`),
    /// when there are few (at most ``maximumSpellings``); nil when there are more. Finding these with
    /// `memchr` spares tokenising a whole article that matched by its title only. A phrase split by
    /// punctuation (`数，据`, which the tokens match) is then not found in the body: the snippet
    /// comes from another column.
    private let spellings: [[[UInt8]]?]
    static let maximumSpellings = 64

    init(_ query: SearchQuery) {
        phrases = query.phrases.map { phrase in (phrase.tokens.map { Array($0.utf8) }, phrase.prefix) }
        verbatim = query.phrases.map { phrase in
            phrase.tokens.allSatisfy { $0.utf8.first.map { $0 >= 0xE3 } ?? false } && !phrase.prefix
                ? Array(phrase.tokens.joined().utf8) : nil
        }
        let folding = SearchFolding.current
        spellings = zip(query.phrases, verbatim).map { phrase, verbatim in
            guard verbatim != nil else { return nil }
            var written: [[UInt8]] = [[]]
            for token in phrase.tokens {
                let forms = token.unicodeScalars.count == 1
                    ? folding.variants(of: token.unicodeScalars.first!.value).compactMap(Unicode.Scalar.init).map { Array(String($0).utf8) }
                    : [Array(token.utf8)]
                guard written.count * forms.count <= Self.maximumSpellings else { return nil }
                written = written.flatMap { prefix in forms.map { prefix + $0 } }
            }
            return written
        }
    }

    /// The excerpt of `text` around its first match, one line, and the matched character ranges;
    /// nil when `text` has no match.
    func snippet(of text: String) -> (text: String, highlights: [Range<Int>])? {
        var copy = text
        guard let first = copy.withUTF8({ firstMatch(in: $0) }) else { return nil }
        let matchStart = text.utf8.index(text.utf8.startIndex, offsetBy: first)
        let start = text.index(matchStart, offsetBy: -Self.contextBefore, limitedBy: text.startIndex) ?? text.startIndex
        let end = text.index(start, offsetBy: Self.windowLength, limitedBy: text.endIndex) ?? text.endIndex
        return render(String(text[start..<end]), clippedBefore: start > text.startIndex, clippedAfter: end < text.endIndex)
    }

    /// The window as one line, ellipses where it was cut, and its matches as character ranges.
    private func render(_ window: String, clippedBefore: Bool, clippedAfter: Bool) -> (text: String, highlights: [Range<Int>]) {
        var highlights: [Range<Int>] = []
        let leading = clippedBefore ? 1 : 0
        let utf8 = window.utf8
        for match in matches(in: window, untilByte: nil, firstOnly: false) {
            let lower = utf8.index(utf8.startIndex, offsetBy: match.lowerBound)
            let upper = utf8.index(utf8.startIndex, offsetBy: match.upperBound)
            let from = window[..<lower].count + leading, count = window[lower..<upper].count
            if let last = highlights.last, last.upperBound >= from {
                highlights[highlights.count - 1] = last.lowerBound..<max(last.upperBound, from + count)
            } else {
                highlights.append(from..<(from + count))
            }
        }
        // One character for one character, so the ranges above stay true.
        let line = String(window.map { character -> Character in
            switch character {
            case "\n", "\r", "\r\n", "\t": return " "
            case IndexSchema.listSeparator: return "、"
            default: return character
            }
        })
        return ((clippedBefore ? "…" : "") + line + (clippedAfter ? "…" : ""), highlights)
    }

    /// The byte offset of the earliest match of any phrase, or nil.
    private func firstMatch(in bytes: UnsafeBufferPointer<UInt8>) -> Int? {
        var best: Int?
        for (index, phrase) in phrases.enumerated() {
            let found: Int?
            if let needle = verbatim[index] {
                // Not found verbatim: the text may spell the phrase in Traditional characters
                // (tokens fold them), so the tokens decide.
                found = spellings[index].map { $0.compactMap { Self.find($0, in: bytes) }.min() }
                    ?? Self.find(needle, in: bytes) ?? matches(in: bytes, untilByte: nil, only: index).first?.lowerBound
            } else if let firstWord = phrase.tokens.first, firstWord.allSatisfy({ $0 < 0x80 }),
                      Self.findIgnoringASCIICase(firstWord, in: bytes) == nil {
                found = nil
            } else {
                found = matches(in: bytes, untilByte: nil, only: index).first?.lowerBound
            }
            if let found, found < best ?? .max { best = found }
        }
        return best
    }

    /// Where `needle` occurs in `bytes`: `memchr` for its first byte, `memcmp` for the rest
    /// (glibc's `memmem` is not visible to Swift without `_GNU_SOURCE`).
    private static func find(_ needle: [UInt8], in bytes: UnsafeBufferPointer<UInt8>) -> Int? {
        guard let base = bytes.baseAddress, let first = needle.first, bytes.count >= needle.count else { return nil }
        return needle.withUnsafeBytes { needle -> Int? in
            var index = 0
            let last = bytes.count - needle.count
            while index <= last {
                guard let hit = memchr(base + index, Int32(first), last - index + 1) else { return nil }
                let offset = base.distance(to: hit.assumingMemoryBound(to: UInt8.self))
                if memcmp(base + offset, needle.baseAddress!, needle.count) == 0 { return offset }
                index = offset + 1
            }
            return nil
        }
    }

    /// Where `needle` (lower-case ASCII) occurs in `bytes`, ignoring ASCII case: a cheap test that
    /// a Latin phrase can match at all before its text is tokenised.
    private static func findIgnoringASCIICase(_ needle: [UInt8], in bytes: UnsafeBufferPointer<UInt8>) -> Int? {
        guard let first = needle.first, bytes.count >= needle.count else { return nil }
        let upperFirst = first >= 0x61 && first <= 0x7A ? first - 0x20 : first
        var index = 0
        while index <= bytes.count - needle.count {
            let byte = bytes[index]
            if byte == first || byte == upperFirst {
                var offset = 1
                while offset < needle.count {
                    var candidate = bytes[index + offset]
                    if candidate >= 0x41 && candidate <= 0x5A { candidate += 0x20 }
                    if candidate != needle[offset] { break }
                    offset += 1
                }
                if offset == needle.count { return index }
            }
            index += 1
        }
        return nil
    }

    /// Byte ranges of phrase matches in `text`, in order of their end.
    func matches(in text: String, untilByte: Int?, firstOnly: Bool) -> [Range<Int>] {
        var copy = text
        return copy.withUTF8 { matches(in: $0, untilByte: untilByte, only: nil, firstOnly: firstOnly) }
    }

    /// Byte ranges of matches of every phrase (or phrase `only`) in `bytes`, scanning no further
    /// than `untilByte`; stops at the first when `firstOnly`.
    private func matches(in bytes: UnsafeBufferPointer<UInt8>, untilByte: Int?, only: Int?, firstOnly: Bool = true) -> [Range<Int>] {
        var found: [Range<Int>] = []
        // Partial matches in progress (phrase, next token wanted, start byte); two buffers swapped
        // per token so the scan allocates nothing while nothing matches.
        var partial: [(phrase: Int, next: Int, start: Int)] = [], advanced = partial
        let starting = only.map { [$0] } ?? Array(phrases.indices)
        var iterator = SearchTokens.Iterator(bytes)
        while let token = iterator.next() {
            if let untilByte, token.range.lowerBound >= untilByte { break }
            advanced.removeAll(keepingCapacity: true)
            iterator.withBytes(of: token) { bytes in
                for candidate in partial {
                    step(candidate.phrase, candidate.next, candidate.start, token: bytes, end: token.range.upperBound,
                         found: &found, advanced: &advanced)
                }
                for phraseIndex in starting {
                    step(phraseIndex, 0, token.range.lowerBound, token: bytes, end: token.range.upperBound,
                         found: &found, advanced: &advanced)
                }
            }
            swap(&partial, &advanced)
            if firstOnly && !found.isEmpty { break }
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
        return wanted.withUnsafeBytes { wanted in
            wanted.count == 0 || memcmp(wanted.baseAddress!, token.baseAddress!, wanted.count) == 0
        }
    }
}
