/// Reads the days citations write: `2025/6/24`, `2025/06/24`, `2025-06-24`, `2025.6.24`,
/// `2025年6月24日` (full-width digits too). Impossible days (`2025/13/45`) give nil.
enum CitationDateParser {
    /// The day when `text` (trimmed) is exactly one date.
    static func day(in text: Substring) -> CalendarDay? {
        let trimmed = CitationText.trimmed(text)
        guard let (day, length) = dayPrefix(of: Array(trimmed)) else { return nil }
        return length == trimmed.count ? day : nil
    }

    /// The day written at the start of `characters`, and how many characters it took.
    static func dayPrefix(of characters: [Character]) -> (CalendarDay, Int)? {
        var index = 0
        func number(maxDigits: Int) -> Int? {
            var value = 0
            var count = 0
            while index < characters.count, count < maxDigits, let digit = digitValue(characters[index]) {
                value = value * 10 + digit
                count += 1
                index += 1
            }
            return count == 0 ? nil : value
        }
        guard let year = number(maxDigits: 4), index == 4, index < characters.count else { return nil }
        let separator = characters[index]
        let isChinese = separator == "年"
        guard isChinese || "/-.".contains(separator) else { return nil }
        index += 1
        guard let month = number(maxDigits: 2), index < characters.count,
              characters[index] == (isChinese ? "月" : separator) else { return nil }
        index += 1
        guard let day = number(maxDigits: 2) else { return nil }
        if isChinese, index < characters.count, characters[index] == "日" || characters[index] == "号" { index += 1 }
        guard GregorianDayMath.isValid(year: year, month: month, day: day) else { return nil }
        return (CalendarDay(year: year, month: month, day: day), index)
    }

    /// True when `text` is made only of digits and date separators: a date, valid or not.
    static func looksLikeDate(_ text: Substring) -> Bool {
        let trimmed = CitationText.trimmed(text)
        return trimmed.count >= 6 && trimmed.first.flatMap(digitValue) != nil
            && trimmed.allSatisfy { digitValue($0) != nil || "/-.年月日号 ".contains($0) }
    }

    /// 0–9 for ASCII and full-width digits (U+FF10–U+FF19).
    static func digitValue(_ character: Character) -> Int? {
        guard let scalar = character.unicodeScalars.first, character.unicodeScalars.count == 1 else { return nil }
        switch scalar.value {
        case 0x30...0x39: return Int(scalar.value - 0x30)
        case 0xFF10...0xFF19: return Int(scalar.value - 0xFF10)
        default: return nil
        }
    }
}
