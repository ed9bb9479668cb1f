/// Scalars that are always a `Character` of their own, so that text made only of them can be
/// read scalar by scalar with the same result as reading it `Character` by `Character`.
///
/// Reading scalars skips grapheme breaking (UAX #29), which dominated some parse profiles.
enum StandaloneScalar {
    /// True when `scalar`, next to any other standalone scalar, forms a grapheme cluster alone
    /// and is canonically equivalent to no other scalar.
    ///
    /// A conservative list of ranges whose Grapheme_Cluster_Break is Other or Control (UAX #29,
    /// GB4/GB5/GB999), minus CR (which joins a following LF, GB3) and anything with a canonical
    /// singleton decomposition (U+0387 → U+00B7 would make `"·" == "\u{387}"` as `Character`s).
    /// Left out on purpose: combining marks, ZWJ and other Extend scalars (U+0300…, U+200C/D,
    /// U+302A–302F, U+3099–309A, U+FF9E–FF9F), Hangul jamo, regional indicators, Prepend.
    static func isStandalone(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x00...0x0C, 0x0E...0x2FF: return true   // ASCII, Latin-1, Latin Extended, IPA, modifiers
        case 0x2010...0x2027, 0x2030...0x205E: return true   // general punctuation: dashes, quotes, ‰, …
        case 0x3000...0x3029: return true   // CJK symbols and punctuation (ideographic space, 、。「」【】)
        case 0x3030...0x3098, 0x309B...0x30FF: return true   // kana, 〜, ・
        case 0x3400...0x4DBF, 0x4E00...0x9FFF: return true   // CJK unified ideographs
        case 0xFF01...0xFF9D: return true   // full-width forms (，：（）０-９) and half-width katakana
        default: return false
        }
    }

    /// Unicode White_Space; the same as `Character.isWhitespace` for a `Character` made of this
    /// one scalar.
    ///
    /// The property's list (Unicode PropList.txt, unchanged since Unicode 6.3) as a switch: the
    /// property lookup cost over 300 instructions a call in profiles, on every CJK scalar
    /// trimmed. `StandaloneScalarTests` checks it against the property for every scalar.
    static func isWhitespace(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x09...0x0D, 0x20, 0x85, 0xA0, 0x1680, 0x2000...0x200A, 0x2028, 0x2029, 0x202F, 0x205F, 0x3000:
            return true
        default:
            return false
        }
    }
}
