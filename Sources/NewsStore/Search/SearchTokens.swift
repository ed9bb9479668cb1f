/// Splits text into the search index's tokens: Latin words folded to lower case, and every CJK
/// character a token of its own, Traditional characters folded to Simplified (``SearchFolding``).
///
/// Why single characters: a query is turned into a *phrase* of its characters, and an FTS5 phrase
/// matches only consecutive positions, so `数据` finds exactly the documents holding the substring
/// `数据` — 1, 2 or more characters alike. The alternatives were measured on a generated 2,000-article
/// library (19.4 MB, `detail=full`, contentless): overlapping bigrams 29.7 MB of index (1.53× the
/// library, over the size aim before any content is stored) against 15.9 MB (0.82×) for single
/// characters; FTS5's `trigram` finds nothing under 3 characters (DESIGN.md).
///
/// Punctuation, spaces and symbols separate tokens and take no position, so a query `数据` also
/// matches `数，据`: a rare false positive accepted for a smaller index.
enum SearchTokens {
    /// What a token is made of.
    enum Kind: Equatable {
        /// Letters and digits, folded to lower case (`Scale` → `scale`, full-width `ＡＩ` → `ai`).
        case word
        /// One CJK character (Han, kana).
        case ideograph
    }

    /// Longest word kept whole, in bytes; longer runs are cut (they are never words anyone types).
    static let maximumWordBytes = 64

    /// Calls `emit` with each token's bytes, its byte range in `text`, and its kind; stops early
    /// when `emit` returns false.
    static func scan(
        _ text: UnsafeBufferPointer<UInt8>,
        _ emit: (_ token: UnsafeBufferPointer<UInt8>, _ range: Range<Int>, _ kind: Kind) -> Bool
    ) {
        var iterator = Iterator(text)
        while let token = iterator.next() {
            let keepGoing = iterator.withBytes(of: token) { emit($0, token.range, token.kind) }
            if !keepGoing { return }
        }
    }

    /// One token: where it is in the text, and whether its bytes had to be folded.
    struct Token {
        var range: Range<Int>
        var kind: Kind
        /// True when the token's bytes are in the iterator's buffer, not in the text itself.
        var isFolded: Bool
    }

    /// Walks the tokens of a text without closures, so the hot loops (index build, snippets)
    /// compile to plain code: it runs for every character of the library.
    ///
    /// A word already in lower-case ASCII is handed over in place; others are folded into a buffer.
    struct Iterator {
        let text: UnsafeBufferPointer<UInt8>
        private var index = 0
        private(set) var folded: [UInt8] = []
        private let folding = SearchFolding.current

        init(_ text: UnsafeBufferPointer<UInt8>) {
            self.text = text
            folded.reserveCapacity(maximumWordBytes)
        }

        /// Calls `body` with the bytes of `token` (valid until the next call to ``next()``).
        func withBytes<Result>(of token: Token, _ body: (UnsafeBufferPointer<UInt8>) -> Result) -> Result {
            if token.isFolded {
                return folded.withUnsafeBufferPointer { body(UnsafeBufferPointer(rebasing: $0[0..<Self.cut($0)])) }
            }
            let word = UnsafeBufferPointer(rebasing: text[token.range])
            return body(UnsafeBufferPointer(rebasing: word[0..<Self.cut(word)]))
        }

        /// Where a long word is cut: at most ``maximumWordBytes``, never inside a character (the
        /// query side decodes the token, and half a character would never match again).
        private static func cut(_ word: UnsafeBufferPointer<UInt8>) -> Int {
            guard word.count > maximumWordBytes else { return word.count }
            var end = maximumWordBytes
            while end > 0 && word[end] & 0xC0 == 0x80 { end -= 1 }
            return end
        }

        mutating func next() -> Token? {
            while index < text.count {
                let start = index
                var (scalar, length) = SearchTokens.decode(text, at: index)
                index += length
                var current = SearchTokens.classify(scalar)
                switch current {
                case .separator: continue
                case .ideograph:
                    // Script-blind search: a Traditional character is indexed and queried as its
                    // Simplified form (`數` as `数`), the text itself staying as written.
                    let simplified = folding.fold(scalar)
                    guard simplified != scalar, let folding = Unicode.Scalar(simplified) else {
                        return Token(range: start..<index, kind: .ideograph, isFolded: false)
                    }
                    folded.removeAll(keepingCapacity: true)
                    UTF8.encode(folding) { folded.append($0) }
                    return Token(range: start..<index, kind: .ideograph, isFolded: true)
                case .asciiWord, .otherWord: break
                }
                // A word: take characters while they are word characters.
                var inPlace = true
                folded.removeAll(keepingCapacity: true)
                var wordEnd = start
                while true {
                    switch current {
                    case .asciiWord(let byte):
                        if inPlace && (length != 1 || byte != text[wordEnd]) {
                            inPlace = false
                            folded.append(contentsOf: UnsafeBufferPointer(rebasing: text[start..<wordEnd]))
                        }
                        if !inPlace && folded.count < maximumWordBytes { folded.append(byte) }
                    case .otherWord:
                        if inPlace {
                            inPlace = false
                            folded.append(contentsOf: UnsafeBufferPointer(rebasing: text[start..<wordEnd]))
                        }
                        let character = String(decoding: UnsafeBufferPointer(rebasing: text[wordEnd..<(wordEnd + length)]), as: UTF8.self)
                        if folded.count < maximumWordBytes { folded.append(contentsOf: character.lowercased().utf8) }
                    case .ideograph, .separator:
                        break
                    }
                    wordEnd += length
                    guard index < text.count else { break }
                    (scalar, length) = SearchTokens.decode(text, at: index)
                    current = SearchTokens.classify(scalar)
                    if case .ideograph = current { break }
                    if case .separator = current { break }
                    index += length
                }
                return Token(range: start..<wordEnd, kind: .word, isFolded: !inPlace)
            }
            return nil
        }
    }

    /// The tokens of `text` as strings, for building queries and for tests.
    static func tokens(of text: String) -> [(text: String, kind: Kind)] {
        var result: [(String, Kind)] = []
        var copy = text
        copy.withUTF8 { bytes in
            scan(bytes) { token, _, kind in
                result.append((String(decoding: token, as: UTF8.self), kind))
                return true
            }
        }
        return result
    }

    // MARK: - Characters

    fileprivate enum CharacterClass {
        case asciiWord(UInt8)
        case otherWord
        case ideograph
        case separator
    }

    fileprivate static func classify(_ value: UInt32) -> CharacterClass {
        // The common Han block first: most characters of a Chinese article.
        if value >= 0x4E00 && value <= 0x9FFF { return .ideograph }
        switch value {
        case 0x30...0x39, 0x61...0x7A: return .asciiWord(UInt8(value))
        case 0x41...0x5A: return .asciiWord(UInt8(value + 0x20))
        case 0..<0x80: return .separator
        // CJK symbols and punctuation, general punctuation, full-width punctuation: the common
        // non-letters of a Chinese article, answered without a property lookup.
        case 0x3000...0x3004, 0x3008...0x303F, 0x2000...0x206F, 0xFF00...0xFF0F, 0xFF1A...0xFF20,
             0xFF3B...0xFF40, 0xFF5B...0xFF65, 0xB7:
            return .separator
        // Full-width digits and letters (U+FF10–FF5A) fold to ASCII, as users type either.
        case 0xFF10...0xFF19, 0xFF41...0xFF5A: return .asciiWord(UInt8(value - 0xFEE0))
        case 0xFF21...0xFF3A: return .asciiWord(UInt8(value - 0xFEE0 + 0x20))
        // Han (CJK Unified Ideographs, Extension A, compatibility, Extensions B…), kana, 々 〇.
        case 0x4E00...0x9FFF, 0x3400...0x4DBF, 0xF900...0xFAFF, 0x20000...0x323AF,
             0x3040...0x309F, 0x30A0...0x30FF, 0x3005, 0x3007:
            return .ideograph
        default:
            guard let scalar = Unicode.Scalar(value) else { return .separator }
            let properties = scalar.properties
            if properties.isAlphabetic { return .otherWord }
            switch properties.generalCategory {
            case .decimalNumber, .nonspacingMark, .spacingMark: return .otherWord
            default: return .separator
            }
        }
    }

    /// Decodes the scalar at `index`; a malformed byte counts as one separator byte.
    fileprivate static func decode(_ text: UnsafeBufferPointer<UInt8>, at index: Int) -> (UInt32, Int) {
        let lead = text[index]
        if lead < 0x80 { return (UInt32(lead), 1) }
        let length: Int
        var value: UInt32
        switch lead {
        case 0xC2...0xDF: length = 2; value = UInt32(lead & 0x1F)
        case 0xE0...0xEF: length = 3; value = UInt32(lead & 0x0F)
        case 0xF0...0xF4: length = 4; value = UInt32(lead & 0x07)
        default: return (0x20, 1)
        }
        guard index + length <= text.count else { return (0x20, 1) }
        for offset in 1..<length {
            let byte = text[index + offset]
            guard byte & 0xC0 == 0x80 else { return (0x20, 1) }
            value = value << 6 | UInt32(byte & 0x3F)
        }
        return (value, length)
    }
}
