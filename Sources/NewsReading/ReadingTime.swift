import NewsCore

/// How long an article takes to read, and how long it is, as Chinese readers count it.
///
/// Length counts the way Chinese word processors count 字数: each Han character (and kana or
/// hangul syllable) is one, and so is each run of Latin letters or digits (a word). Time assumes
/// about 400 CJK characters and 200 words a minute, typical silent-reading rates for Chinese and
/// English prose; it is rounded to whole minutes and never below one.
public struct ReadingTime: Equatable, Sendable {
    public static let cjkCharactersPerMinute = 400.0
    public static let wordsPerMinute = 200.0

    public var cjkCharacters: Int
    public var words: Int

    public init(cjkCharacters: Int, words: Int) {
        self.cjkCharacters = cjkCharacters
        self.words = words
    }

    /// Counts `text`.
    public init(text: String) {
        var cjk = 0
        var words = 0
        var inWord = false
        for scalar in text.unicodeScalars {
            if Self.isCJK(scalar) {
                cjk += 1
                inWord = false
            } else if scalar.properties.isAlphabetic || scalar.properties.numericType != nil {
                if !inWord { words += 1 }
                inWord = true
            } else if scalar.properties.generalCategory == .nonspacingMark || scalar == "'" || scalar == "’" {
                continue  // inside a word: `café` decomposed, `don't`
            } else {
                inWord = false
            }
        }
        self.init(cjkCharacters: cjk, words: words)
    }

    /// Counts the body of `document`: its text, headings, lists, quotes, tables and code, not
    /// its footnote definitions (the sources) nor raw HTML markup.
    public init(document: Document) {
        self.init(text: BodyText.of(document))
    }

    /// `M` in `约 N 分钟 · M 字`.
    public var characters: Int { cjkCharacters + words }

    /// `N` in `约 N 分钟 · M 字`: at least 1.
    public var minutes: Int {
        let exact = Double(cjkCharacters) / Self.cjkCharactersPerMinute + Double(words) / Self.wordsPerMinute
        return max(1, Int(exact.rounded()))
    }

    /// Han ideographs, CJK punctuation excluded; kana and hangul read at the same pace.
    static func isCJK(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x3040...0x30FF, 0x3400...0x4DBF, 0x4E00...0x9FFF, 0xAC00...0xD7AF, 0xF900...0xFAFF,
             0x20000...0x3134F:
            return true
        default:
            return false
        }
    }
}
