/// Reads the days citations write: `2025/6/24`, `2025/06/24`, `2025-06-24`, `2025.6.24`,
/// `2025年6月24日` (full-width digits too). Impossible days (`2025/13/45`) give nil.
enum CitationDateParser {
    /// The day when `text` (trimmed) is exactly one date.
    static func day(in text: Substring) -> CalendarDay? {
        let scalars = Array(CitationText.trimmed(text).unicodeScalars)
        guard let (day, length) = dayPrefix(of: scalars[...]) else { return nil }
        return length == scalars.count ? day : nil
    }

    /// The day when `scalars` (trimmed) are exactly one date; ``day(in:)-(Substring)`` on scalars.
    static func day(in scalars: ArraySlice<Unicode.Scalar>) -> CalendarDay? {
        let trimmed = CitationTail.trimmed(scalars)
        guard let (day, length) = dayPrefix(of: trimmed) else { return nil }
        return length == trimmed.count ? day : nil
    }

    /// The day written at the start of `scalars`, and how many scalars it took.
    static func dayPrefix(of scalars: ArraySlice<Unicode.Scalar>) -> (CalendarDay, Int)? {
        var index = scalars.startIndex
        func number(maxDigits: Int) -> Int? {
            var value = 0
            var count = 0
            while index < scalars.endIndex, count < maxDigits, let digit = digitValue(scalars[index]) {
                value = value * 10 + digit
                count += 1
                index += 1
            }
            return count == 0 ? nil : value
        }
        guard let year = number(maxDigits: 4), index - scalars.startIndex == 4, index < scalars.endIndex else { return nil }
        let separator = scalars[index]
        let isChinese = separator == "年"
        guard isChinese || separator == "/" || separator == "-" || separator == "." else { return nil }
        index += 1
        guard let month = number(maxDigits: 2), index < scalars.endIndex,
              scalars[index] == (isChinese ? "月" : separator) else { return nil }
        index += 1
        guard let day = number(maxDigits: 2) else { return nil }
        if isChinese, index < scalars.endIndex, scalars[index] == "日" || scalars[index] == "号" { index += 1 }
        guard GregorianDayMath.isValid(year: year, month: month, day: day) else { return nil }
        return (CalendarDay(year: year, month: month, day: day), index - scalars.startIndex)
    }

    /// True when `text` is made only of digits and date separators: a date, valid or not.
    static func looksLikeDate(_ text: Substring) -> Bool {
        looksLikeDate(trimmedScalars: CitationText.trimmed(text).unicodeScalars)
    }

    /// ``looksLikeDate(_:)-(Substring)`` on scalars.
    static func looksLikeDate(_ scalars: ArraySlice<Unicode.Scalar>) -> Bool {
        looksLikeDate(trimmedScalars: CitationTail.trimmed(scalars))
    }

    private static func looksLikeDate(trimmedScalars scalars: some Collection<Unicode.Scalar>) -> Bool {
        guard let first = scalars.first, digitValue(first) != nil, scalars.count >= 6 else { return false }
        return scalars.allSatisfy { scalar in
            switch scalar {
            case "/", "-", ".", "年", "月", "日", "号", " ": return true
            default: return digitValue(scalar) != nil
            }
        }
    }

    /// 0–9 for ASCII and full-width digits (U+FF10–U+FF19).
    static func digitValue(_ scalar: Unicode.Scalar) -> Int? {
        switch scalar.value {
        case 0x30...0x39: return Int(scalar.value - 0x30)
        case 0xFF10...0xFF19: return Int(scalar.value - 0xFF10)
        default: return nil
        }
    }
}
