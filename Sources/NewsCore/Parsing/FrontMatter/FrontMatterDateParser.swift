import Foundation

/// Reads the timestamps front matter writes (`2025-06-25`, `2025-06-25T09:10:04+08:00`, …) into
/// an ``ArticleDate`` that keeps the written UTC offset.
///
/// Foundation's formatters (and Yams' own timestamp decoding) return a bare `Date` and lose the
/// offset, so the text is read by hand: a short byte scan, no formatter, no locale.
enum FrontMatterDateParser {
    /// The shapes accepted.
    enum Leniency {
        /// YAML 1.1 timestamps only (`-` between date parts), for typing unquoted YAML scalars.
        case yamlTimestamp
        /// Also `2025/06/25` and times without seconds, for a `date` field written as a string.
        case lenient
    }

    /// The date in `text`, or nil when it is not a valid timestamp.
    ///
    /// A date and time without an offset (`2023-04-01 10:00:00`) is taken as UTC+0: Hugo reads such
    /// dates in its `timeZone` setting, which defaults to UTC, and newsreader has no site config.
    static func parse(_ text: String, leniency: Leniency = .lenient) -> ArticleDate? {
        guard text.utf8.count <= 64 else { return nil }
        var scanner = TimestampScanner(Array(text.utf8))
        scanner.skipSpaces()
        let separators: [UInt8] = leniency == .lenient ? [UInt8(ascii: "-"), UInt8(ascii: "/")] : [UInt8(ascii: "-")]
        guard let year = scanner.digits(min: 4, max: 4),
              let separator = scanner.peek, separators.contains(separator) else { return nil }
        scanner.advance()
        guard let month = scanner.digits(min: 1, max: 2), scanner.take(separator),
              let day = scanner.digits(min: 1, max: 2),
              GregorianDayMath.isValid(year: year, month: month, day: day) else { return nil }
        let midnight = GregorianDayMath.daysSinceEpoch(year: year, month: month, day: day) * 86_400
        let endOfDay = scanner.position
        scanner.skipSpaces()
        if scanner.isAtEnd {
            return ArticleDate(instant: Date(timeIntervalSince1970: TimeInterval(midnight)), isDateOnly: true)
        }
        // Time of day: after `T`, `t` or spaces, HH:MM[:SS[.fraction]].
        if !scanner.take(UInt8(ascii: "T")) && !scanner.take(UInt8(ascii: "t")) {
            guard scanner.position > endOfDay else { return nil }
        }
        guard let hour = scanner.digits(min: 1, max: 2), hour < 24, scanner.take(UInt8(ascii: ":")),
              let minute = scanner.digits(min: 2, max: 2), minute < 60 else { return nil }
        var second = 0
        var fraction = 0.0
        if scanner.take(UInt8(ascii: ":")) {
            guard let value = scanner.digits(min: 2, max: 2), value < 60 else { return nil }
            second = value
            if scanner.take(UInt8(ascii: ".")) { fraction = scanner.fraction() }
        } else if leniency == .yamlTimestamp {
            return nil
        }
        scanner.skipSpaces()
        guard let offset = scanner.utcOffset() else { return nil }
        scanner.skipSpaces()
        guard scanner.isAtEnd else { return nil }
        let seconds = midnight + hour * 3_600 + minute * 60 + second - offset
        return ArticleDate(instant: Date(timeIntervalSince1970: TimeInterval(seconds) + fraction), utcOffsetSeconds: offset)
    }
}

/// Proleptic Gregorian day arithmetic without `Calendar` (fast, and the same in every locale).
enum GregorianDayMath {
    static func isLeap(_ year: Int) -> Bool {
        (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
    }

    /// True when the day exists (`2025-02-29` does not); years 1–9999 only.
    static func isValid(year: Int, month: Int, day: Int) -> Bool {
        guard (1...9999).contains(year), (1...12).contains(month), day >= 1 else { return false }
        let lengths = [31, isLeap(year) ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]
        return day <= lengths[month - 1]
    }

    /// Days from 1970-01-01 to the given day (negative before it), counting in 400-year eras.
    static func daysSinceEpoch(year: Int, month: Int, day: Int) -> Int {
        // Shift the year to start in March so the leap day is the last day of the year.
        let shiftedYear = month <= 2 ? year - 1 : year
        let era = (shiftedYear >= 0 ? shiftedYear : shiftedYear - 399) / 400
        let yearOfEra = shiftedYear - era * 400
        let monthFromMarch = (month + 9) % 12
        let dayOfYear = (153 * monthFromMarch + 2) / 5 + day - 1
        let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
        return era * 146_097 + dayOfEra - 719_468
    }
}

/// A cursor over ASCII bytes for the small hand-written date readers.
struct TimestampScanner {
    private let bytes: [UInt8]
    private(set) var position = 0

    init(_ bytes: [UInt8]) {
        self.bytes = bytes
    }

    var isAtEnd: Bool { position >= bytes.count }
    var peek: UInt8? { isAtEnd ? nil : bytes[position] }

    mutating func advance() { position += 1 }

    mutating func take(_ byte: UInt8) -> Bool {
        guard peek == byte else { return false }
        position += 1
        return true
    }

    mutating func skipSpaces() {
        while let byte = peek, byte == 0x20 || byte == 0x09 { position += 1 }
    }

    /// A run of `min`…`max` ASCII digits as a number; nil (and nothing consumed) when too short.
    mutating func digits(min: Int, max: Int) -> Int? {
        var value = 0
        var count = 0
        while count < max, let byte = peek, (0x30...0x39).contains(byte) {
            value = value * 10 + Int(byte - 0x30)
            count += 1
            position += 1
        }
        if count < min {
            position -= count
            return nil
        }
        return value
    }

    /// The digits after a decimal point as a fraction of one (`5` → 0.5); precision past 9 digits is dropped.
    mutating func fraction() -> Double {
        var value = 0.0
        var scale = 1.0
        while let byte = peek, (0x30...0x39).contains(byte) {
            if scale > 1e-9 {
                scale /= 10
                value += Double(byte - 0x30) * scale
            }
            position += 1
        }
        return value
    }

    /// `Z`, `+08:00`, `+0800`, `+08` or nothing (UTC+0), in seconds; nil when malformed.
    mutating func utcOffset() -> Int? {
        if isAtEnd { return 0 }
        if take(UInt8(ascii: "Z")) || take(UInt8(ascii: "z")) { return 0 }
        let sign: Int
        if take(UInt8(ascii: "+")) {
            sign = 1
        } else if take(UInt8(ascii: "-")) {
            sign = -1
        } else {
            return nil
        }
        guard let hours = digits(min: 1, max: 2), hours <= 18 else { return nil }
        var minutes = 0
        if take(UInt8(ascii: ":")) {
            guard let value = digits(min: 2, max: 2) else { return nil }
            minutes = value
        } else if let value = digits(min: 2, max: 2) {
            minutes = value
        }
        guard minutes < 60 else { return nil }
        return sign * (hours * 3_600 + minutes * 60)
    }
}
