/// Which characters count as CJK: for CJK-friendly emphasis and for dropping soft line breaks.
///
/// The CJK-friendly emphasis amendment (`cjk-friendly-emphasis-spec.md` §2.1) defines a CJK
/// character as East Asian Width W/F/H (UAX #11) that is not an emoji, or script Hangul
/// (UAX #24). That set is, in practice, the union of the CJK blocks below (Unicode Blocks.txt,
/// version 16.0): Han ideographs and radicals, kana, Bopomofo, Hangul, Yi, Tangut/Nüshu/Khitan,
/// CJK symbols and punctuation, vertical and small forms, and the halfwidth/fullwidth forms.
/// Wide emoji (U+1F000 and up, the wide symbols among U+2300–U+2BFF) are left out on purpose.
enum CJKCharacter {
    /// Block ranges, sorted, from Unicode `Blocks.txt` (16.0).
    private static let ranges: [ClosedRange<UInt32>] = [
        0x1100...0x11FF,   // Hangul Jamo
        0x2E80...0x2FFF,   // CJK Radicals Supplement, Kangxi Radicals, Ideographic Description
        0x3000...0x303F,   // CJK Symbols and Punctuation (、。「」【】〈〉…)
        0x3040...0x30FF,   // Hiragana, Katakana
        0x3100...0x31FF,   // Bopomofo, Hangul Compatibility Jamo, Kanbun, CJK Strokes, Katakana Ext.
        0x3200...0x33FF,   // Enclosed CJK Letters and Months, CJK Compatibility
        0x3400...0x4DBF,   // CJK Unified Ideographs Extension A
        0x4E00...0x9FFF,   // CJK Unified Ideographs
        0xA000...0xA4CF,   // Yi Syllables, Yi Radicals
        0xA960...0xA97F,   // Hangul Jamo Extended-A
        0xAC00...0xD7FF,   // Hangul Syllables, Hangul Jamo Extended-B
        0xF900...0xFAFF,   // CJK Compatibility Ideographs
        0xFE10...0xFE1F,   // Vertical Forms
        0xFE30...0xFE6F,   // CJK Compatibility Forms, Small Form Variants
        0xFF00...0xFFEF,   // Halfwidth and Fullwidth Forms (，：（）！？ and halfwidth katakana)
        0x16FE0...0x18DFF, // Ideographic Symbols, Tangut, Khitan Small Script
        0x1AFF0...0x1B2FF, // Kana Extended-A/B, Kana Supplement, Small Kana Extension, Nüshu
        0x20000...0x3FFFF, // Supplementary and Tertiary Ideographic Planes (Extensions B–I)
    ]

    /// Whether `scalar` is a CJK character (see the type's documentation).
    static func contains(_ scalar: Unicode.Scalar) -> Bool {
        let value = scalar.value
        guard value >= 0x1100 else { return false }
        // Most CJK text is unified ideographs and full-width punctuation: answer those first.
        if (0x4E00...0x9FFF).contains(value) || (0xFF00...0xFFEF).contains(value) || (0x3000...0x303F).contains(value) {
            return true
        }
        var low = 0
        var high = ranges.count - 1
        while low <= high {
            let middle = (low + high) / 2
            let range = ranges[middle]
            if value < range.lowerBound {
                high = middle - 1
            } else if value > range.upperBound {
                low = middle + 1
            } else {
                return true
            }
        }
        return false
    }

    /// Punctuation that Chinese text shares with Western text (`“ ” ‘ ’ … — ·`, East Asian Width
    /// "A" in UAX #11): next to a CJK character it behaves as CJK punctuation when lines are joined.
    static func isSharedPunctuation(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x2018, 0x2019, 0x201C, 0x201D, 0x2026, 0x2014, 0x00B7: return true
        default: return false
        }
    }

    /// A variation selector that may follow a CJK or punctuation character without changing its
    /// class: U+FE00–U+FE0E (U+FE0F asks for emoji presentation, so it is not one of them).
    static func isTextVariationSelector(_ scalar: Unicode.Scalar) -> Bool {
        (0xFE00...0xFE0E).contains(scalar.value)
    }

    /// An ideographic variation selector, U+E0100–U+E01EF (Variation Selectors Supplement).
    static func isIdeographicVariationSelector(_ scalar: Unicode.Scalar) -> Bool {
        (0xE0100...0xE01EF).contains(scalar.value)
    }
}
