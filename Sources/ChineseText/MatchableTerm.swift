/// A name (tag, topic, outlet) prepared once for fast matching as the user types.
///
/// Holds the name folded to Simplified characters and in lower case, and per character its
/// pinyin: `數據中立性` becomes the units `shu ju zhong li xing`. ``TermQuery/match(_:)`` then
/// compares arrays of small integers, so filtering ten thousand names costs well under a frame.
public struct MatchableTerm: Sendable {
    /// The name as written, which is what is shown.
    public let text: String
    /// Folded, lower-cased scalars, for matching typed characters (`数据`, `數據`, `ai`).
    let scalars: [UInt32]
    /// For each of `scalars`, the offset of its `Character` in `text`.
    let scalarCharacter: [Int]
    /// One unit per `Character` of `text` (a Latin word is one unit), all in one array: the ASCII
    /// letters it may be typed with (its pinyin, or the word itself); empty for characters a query skips
    /// (spaces, punctuation), and ``PinyinKey/untypeable`` for letters no key types (kana, `é`),
    /// which a query cannot cross. Unit `i` is `letters[unitStarts[i]..<unitStarts[i + 1]]`.
    let letters: [UInt8]
    let unitStarts: [Int]
    /// Unit `i` stands for the `Character`s `unitCharacters[i]..<unitCharacters[i + 1]` of `text`:
    /// one for a Han character, a whole run for a Latin word.
    let unitCharacters: [Int]
    /// Every letter and digit of `letters`, one bit each (``PinyinKey/bit(_:)``).
    let letterMask: UInt64
    /// The first letter of every unit, one bit each.
    let initialMask: UInt64

    /// Prepares `text`, folding with `folding` and reading pinyin with `pinyin`.
    public init(_ text: String, folding: HanFolding = .shared, pinyin: PinyinTransliterator = .shared) {
        self.text = text
        let folded = Array(folding.fold(text))
        var scalars: [UInt32] = []
        var scalarCharacter: [Int] = []
        var letters: [UInt8] = []
        var unitStarts: [Int] = [0]
        var letterMask: UInt64 = 0
        var initialMask: UInt64 = 0
        var unitCharacters: [Int] = [0]
        var inWord = false
        for (offset, character) in folded.enumerated() {
            for scalar in character.lowercased().unicodeScalars {
                scalars.append(scalar.value)
                scalarCharacter.append(offset)
            }
            let unit = Self.unit(for: character, pinyin: pinyin)
            for letter in unit where PinyinKey.isKey(letter) { letterMask |= PinyinKey.bit(letter) }
            let isWordLetter = character.isASCII && unit.count == 1 && PinyinKey.isKey(unit[0])
            if isWordLetter && inWord {
                // A Latin word is one unit, typed from its start (`hp` finds `Helix Platforms`).
                letters += unit
                unitStarts[unitStarts.count - 1] = letters.count
                unitCharacters[unitCharacters.count - 1] = offset + 1
                continue
            }
            inWord = isWordLetter
            if let first = unit.first, PinyinKey.isKey(first) { initialMask |= PinyinKey.bit(first) }
            letters += unit
            unitStarts.append(letters.count)
            unitCharacters.append(offset + 1)
        }
        self.scalars = scalars
        self.scalarCharacter = scalarCharacter
        self.letters = letters
        self.unitStarts = unitStarts
        self.unitCharacters = unitCharacters
        self.letterMask = letterMask
        self.initialMask = initialMask
    }

    /// How a character is typed: a Han character by its pinyin, an ASCII letter or digit by
    /// itself; spaces, punctuation and symbols are skipped.
    private static func unit(for character: Character, pinyin: PinyinTransliterator) -> [UInt8] {
        if let syllable = pinyin.syllable(of: character) { return Array(syllable.utf8) }
        if character.isASCII, let ascii = character.asciiValue, PinyinKey.isKey(ascii) {
            return [PinyinKey.lowered(ascii)]
        }
        if character.isWhitespace || character.isPunctuation || character.isSymbol { return [] }
        return [PinyinKey.untypeable]
    }
}

/// The keys a pinyin query is typed with: ASCII letters and digits.
enum PinyinKey {
    /// Stands for a character no key types; never equal to a key.
    static let untypeable: UInt8 = 0

    static func isKey(_ byte: UInt8) -> Bool {
        (byte >= 0x30 && byte <= 0x39) || (byte >= 0x41 && byte <= 0x5A) || (byte >= 0x61 && byte <= 0x7A)
    }

    static func lowered(_ byte: UInt8) -> UInt8 {
        byte >= 0x41 && byte <= 0x5A ? byte + 0x20 : byte
    }

    /// One bit per key: `a`–`z` are bits 0–25, `0`–`9` bits 26–35.
    static func bit(_ byte: UInt8) -> UInt64 {
        byte >= 0x61 ? 1 << UInt64(byte - 0x61) : 1 << UInt64(26 + byte - 0x30)
    }
}
