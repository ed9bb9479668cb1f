import Foundation

/// The date an author put at the start of a file name, as Jekyll and Hexo do:
/// `2017-06-19-notebooks.md`, `20151202_swift.md`, `2019_04_12-x.md`.
enum FileNameDate {
    /// The day at the start of `name` (a file or folder name), followed by the end of the name or by
    /// a separator (`-`, `_`, `.`, space); nil when there is none or it is no real day.
    static func parse(_ name: String) -> ArticleDate? {
        let bytes = Array(name.utf8.prefix(11))
        var scanner = TimestampScanner(bytes)
        guard let year = scanner.digits(min: 4, max: 4) else { return nil }
        let separator = scanner.peek.flatMap { isSeparator($0) ? $0 : nil }
        if separator != nil { scanner.advance() }
        // With separators the month and day may have one digit (`2019-4-12`); without, they have two.
        let width = separator == nil ? 2 : 1
        guard let month = scanner.digits(min: width, max: 2) else { return nil }
        if let separator, !scanner.take(separator) { return nil }
        guard let day = scanner.digits(min: width, max: 2) else { return nil }
        if let next = scanner.peek, !isSeparator(next) && next != UInt8(ascii: ".") && next != 0x20 { return nil }
        guard (1970...2100).contains(year), GregorianDayMath.isValid(year: year, month: month, day: day) else { return nil }
        let midnight = GregorianDayMath.daysSinceEpoch(year: year, month: month, day: day) * 86_400
        return ArticleDate(instant: Date(timeIntervalSince1970: TimeInterval(midnight)), isDateOnly: true)
    }

    private static func isSeparator(_ byte: UInt8) -> Bool {
        byte == UInt8(ascii: "-") || byte == UInt8(ascii: "_")
    }
}
