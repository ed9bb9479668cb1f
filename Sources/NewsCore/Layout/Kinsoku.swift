/// What the tailoring after UAX #14 needs to know about a character (its first code point).
struct BreakClass: OptionSet, Sendable {
    let rawValue: UInt8

    /// A space or line terminator: it vanishes when a line ends after it (CSS Text §4.1.2).
    static let vanishing = BreakClass(rawValue: 1 << 0)
    /// Closing punctuation: never starts a line (clreq §3.1.7, 行头禁则).
    static let closing = BreakClass(rawValue: 1 << 1)
    /// Opening punctuation: never ends a line (clreq §3.1.7, 行尾禁则).
    static let opening = BreakClass(rawValue: 1 << 2)
    /// Half of `——` or `……`: two in a row never split (clreq §3.1.7; UAX #14 LB17 and LB22).
    static let inseparable = BreakClass(rawValue: 1 << 3)
    /// A narrow letter, digit or ASCII symbol: runs of them (words, numbers, URLs) stay whole.
    static let word = BreakClass(rawValue: 1 << 4)
    /// Always a grapheme cluster of its own when its neighbours are too (see `Kinsoku.isStandalone`).
    static let standalone = BreakClass(rawValue: 1 << 5)
    /// Part of a footnote marker span (set per cluster by the breaker, never by the table).
    static let marker = BreakClass(rawValue: 1 << 6)
    /// The first character of a footnote marker span (set by the breaker).
    static let markerStart = BreakClass(rawValue: 1 << 7)
}

/// The character classes behind our CJK tailoring, and a per-code-point table of them for speed.
///
/// The punctuation sets follow clreq §3.1.7 (line start/end prohibition rules) as listed in
/// DESIGN.md and issue 3, extended with the other fullwidth brackets of the same kind.
enum Kinsoku {
    /// Punctuation that must not start a line.
    static let closing: Set<Unicode.Scalar> = Set("，。、；：？！）」』】》〉”’〕〗〙〛］｝｠．".unicodeScalars)
    /// Punctuation that must not end a line.
    static let opening: Set<Unicode.Scalar> = Set("（「『【《〈“‘〔〖〘〚［｛｟".unicodeScalars)
    /// Marks written doubled (`——`, `――`, `……`, `⋯⋯`) that must stay together.
    static let inseparable: Set<Unicode.Scalar> = Set("—―…⋯".unicodeScalars)

    /// Class bits and display width of every BMP code point: bits in the low byte, width above.
    /// Built once (about 65k `wcwidth` calls, a few milliseconds) so wrapping does one load per unit.
    static let basicPlane: [UInt16] = (0...0xFFFF).map { value in
        guard let scalar = Unicode.Scalar(UInt32(value)) else { return 0 }  // surrogates
        return UInt16(classify(scalar).rawValue) | UInt16(min(DisplayWidth.of(scalar), 255)) << 8
    }

    /// The table entry shared by every CJK Unified Ideograph (U+4E00–U+9FFF), or 0 if they ever
    /// differed (never seen): 0 lacks the `standalone` bit, so such text would take the general,
    /// still exact, path of `LineBreakerText`.
    static let uniformIdeographEntry: UInt16 = {
        let first = basicPlane[0x4E00]
        return basicPlane[0x4E00...0x9FFF].allSatisfy { $0 == first } ? first : 0
    }()

    /// The class bits of one code point.
    static func classify(_ scalar: Unicode.Scalar) -> BreakClass {
        var bits: BreakClass = []
        switch scalar.value {
        case 0x20, 0x0A, 0x0B, 0x0C, 0x0D, 0x85, 0x2028, 0x2029: bits.insert(.vanishing)
        default: break
        }
        if closing.contains(scalar) { bits.insert(.closing) }
        if opening.contains(scalar) { bits.insert(.opening) }
        if inseparable.contains(scalar) { bits.insert(.inseparable) }
        if isWordCharacter(scalar) { bits.insert(.word) }
        if isStandalone(scalar.value) { bits.insert(.standalone) }
        return bits
    }

    /// ASCII letters, digits and symbols, and letters and digits of the Latin, Greek and Cyrillic
    /// blocks: what English words, numbers and URLs are made of.
    private static func isWordCharacter(_ scalar: Unicode.Scalar) -> Bool {
        let value = scalar.value
        if value > 0x20 && value < 0x7F { return true }
        guard value >= 0xC0 && value < 0x530 else { return false }
        return scalar.properties.isAlphabetic || scalar.properties.numericType != nil
    }

    /// Whether a code point is always its own grapheme cluster when its neighbours are in this set
    /// too: no combining marks, joiners, variation selectors, Hangul jamo, regional indicators,
    /// carriage return or anything outside the BMP (UAX #29). Text made only of these is measured
    /// one UTF-16 unit per character, the fast path that makes wrapping CJK text cheap.
    static func isStandalone(_ value: UInt32) -> Bool {
        switch value {
        case 0x0D: return false
        case 0x00...0x2FF, 0x370...0x482, 0x48A...0x52F: return true
        case 0x2010...0x202F, 0x2030...0x205F, 0x2070...0x20CF, 0x2100...0x2BFF: return value < 0x2028 || value > 0x202E
        case 0x2E00...0x2FDF, 0x3000...0x3029, 0x3030...0x303F, 0x3041...0x3096, 0x309B...0x30FF: return true
        case 0x3105...0x4DBF, 0x4DC0...0x9FFF, 0xA000...0xA4CF, 0xAC00...0xD7A3, 0xF900...0xFAFF: return true
        case 0xFE10...0xFE19, 0xFE30...0xFE6F, 0xFF01...0xFF9D, 0xFFA0...0xFFDC, 0xFFE0...0xFFEE: return true
        default: return false
        }
    }
}
