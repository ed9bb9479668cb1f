/// Whether a run of `*`, `_` or `~` can open and/or close emphasis, with CJK-friendly flanking.
///
/// CommonMark 0.31 §6.2 decides from the characters on either side of the run. newsreader applies
/// the CJK-friendly amendment (`cjk-friendly-emphasis-spec.md`, §6.2): CJK punctuation no longer
/// counts as "punctuation" that blocks flanking, and a CJK character (or an ideographic variation
/// selector) before a run lets it open even when non-CJK punctuation such as `“` follows, so
/// `押注**“超级智能”**的` is strong emphasis.
struct DelimiterFlanking {
    var canOpen: Bool
    var canClose: Bool

    /// Classifies the run `bytes[start..<end]` of `delimiter` (one of `*`, `_`, `~`).
    init(delimiter: UInt8, runStart start: Int, runEnd end: Int, in bytes: [UInt8]) {
        let before = Self.previousContext(bytes, before: start)
        let after = end < bytes.count ? UTF8Scalars.scalar(in: bytes, at: end).scalar : nil

        let afterIsWhitespace = after.map(UTF8Scalars.isWhitespace) ?? true
        let afterIsPunctuation = after.map(UTF8Scalars.isPunctuation) ?? false
        let afterIsCJK = after.map(CJKCharacter.contains) ?? false
        let afterIsNonCJKPunctuation = afterIsPunctuation && !afterIsCJK

        // Amended left-flanking: (1) and ((2a) or (2b) with α whitespace, β non-CJK punctuation
        // sequence, γ CJK sequence, δ ideographic variation selector before the run).
        let leftFlanking = !afterIsWhitespace
            && (!afterIsNonCJKPunctuation || before.isWhitespace || before.isNonCJKPunctuation
                || before.isCJK || before.isIdeographicSelector)
        // Amended right-flanking: (1) and ((2a) or (2b) with α whitespace, β non-CJK punctuation,
        // γ CJK character after the run).
        let rightFlanking = !before.isWhitespace
            && (!before.isNonCJKPunctuation || afterIsWhitespace || afterIsNonCJKPunctuation
                || afterIsCJK)

        if delimiter == UInt8(ascii: "_") {
            // Rules 2 and 6 (amended: "punctuation sequence") and 4/8 keep `snake_case` literal.
            // newsreader extension (FORMAT.md, "Emphasis next to CJK"): CJK text has no spaces
            // between words, so an `_` with CJK outside and CJK or punctuation inside is a
            // deliberate delimiter, as in `需要_专家级_数据`; `文件名_v2_最终版` and Latin
            // intraword underscores stay literal.
            let beforeIsCJK = before.isCJK || before.isIdeographicSelector
            let opensBetweenCJK = beforeIsCJK && (afterIsCJK || afterIsPunctuation)
            let closesBetweenCJK = afterIsCJK && (before.isCJK || before.isPunctuation)
            canOpen = leftFlanking && (!rightFlanking || before.isPunctuation || opensBetweenCJK)
            canClose = rightFlanking && (!leftFlanking || afterIsPunctuation || closesBetweenCJK)
        } else if delimiter == UInt8(ascii: "*"), before.isASCIIDigit, after.map(Self.isASCIIDigit) ?? false {
            // newsreader extension: `*` between two digits is multiplication, as in `7*24小时` or
            // `1920*1080`, never emphasis (CommonMark would make `5*6*78` emphasis).
            canOpen = false
            canClose = false
        } else {
            canOpen = leftFlanking
            canClose = rightFlanking
        }
    }

    /// What precedes a delimiter run, seen through a trailing text variation selector.
    private struct PreviousContext {
        var isWhitespace = true
        var isPunctuation = false
        var isNonCJKPunctuation = false
        var isCJK = false
        var isIdeographicSelector = false
        var isASCIIDigit = false
    }

    private static func isASCIIDigit(_ scalar: Unicode.Scalar) -> Bool {
        (0x30...0x39).contains(scalar.value)
    }

    private static func previousContext(_ bytes: [UInt8], before index: Int) -> PreviousContext {
        guard let (previous, previousStart) = UTF8Scalars.scalar(in: bytes, before: index) else {
            return PreviousContext()  // the start of the text counts as whitespace
        }
        var context = PreviousContext()
        context.isWhitespace = UTF8Scalars.isWhitespace(previous)
        context.isASCIIDigit = isASCIIDigit(previous)
        if CJKCharacter.isIdeographicVariationSelector(previous) {
            context.isIdeographicSelector = true
            return context
        }
        // A "sequence" (amendment §2.1) is a character plus a variation selector U+FE00–U+FE0E:
        // classify by the base character.
        var base = previous
        if CJKCharacter.isTextVariationSelector(previous),
           let (baseScalar, _) = UTF8Scalars.scalar(in: bytes, before: previousStart) {
            base = baseScalar
        }
        context.isPunctuation = UTF8Scalars.isPunctuation(base)
        // Punctuation + U+FE01 is the "fullwidth form" of `“”‘’` (StandardizedVariants.txt): a CJK
        // ambiguous punctuation sequence, which counts as CJK punctuation (amendment §2.1).
        context.isCJK = CJKCharacter.contains(base) || (previous.value == 0xFE01 && context.isPunctuation)
        context.isNonCJKPunctuation = context.isPunctuation && !context.isCJK
        return context
    }
}
