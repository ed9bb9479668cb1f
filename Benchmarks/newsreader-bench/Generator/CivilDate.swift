/// A calendar date and time of day in the articles' time zone (UTC+08:00), computed without
/// Foundation's `Calendar` so generated dates never depend on the host's locale or zone data.
struct CivilDate: Comparable {
    var year: Int
    var month: Int
    var day: Int
    var hour = 0
    var minute = 0
    var second = 0

    /// The date `days` days after 1970-01-01 (proleptic Gregorian), by the well-known
    /// era-based "civil from days" algorithm (eras of 400 years = 146 097 days).
    init(daysSinceEpoch days: Int, hour: Int = 0, minute: Int = 0, second: Int = 0) {
        let shifted = days + 719_468
        let era = (shifted >= 0 ? shifted : shifted - 146_096) / 146_097
        let dayOfEra = shifted - era * 146_097
        let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36524 - dayOfEra / 146_096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let monthIndex = (5 * dayOfYear + 2) / 153
        day = dayOfYear - (153 * monthIndex + 2) / 5 + 1
        month = monthIndex < 10 ? monthIndex + 3 : monthIndex - 9
        year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0)
        self.hour = hour
        self.minute = minute
        self.second = second
    }

    /// Days since 1970-01-01 of a few dates used as generation bounds.
    static let days2023January1 = 19358
    static let days2025December31 = 20453

    /// `2025-06-25T09:10:04+08:00`, the front matter form of FORMAT.md.
    var frontMatterTimestamp: String {
        "\(year)-\(twoDigits(month))-\(twoDigits(day))T\(twoDigits(hour)):\(twoDigits(minute)):\(twoDigits(second))+08:00"
    }

    /// `2025-06-25`, the date-only form.
    var isoDay: String {
        "\(year)-\(twoDigits(month))-\(twoDigits(day))"
    }

    /// `2025/6/24` or `2025/06/24`, both seen in citations.
    func slashed(padded: Bool) -> String {
        padded ? "\(year)/\(twoDigits(month))/\(twoDigits(day))" : "\(year)/\(month)/\(day)"
    }

    /// The `YYYY/MM` folder an article of this date lives in.
    var folder: String {
        "\(year)/\(twoDigits(month))"
    }

    static func < (lhs: CivilDate, rhs: CivilDate) -> Bool {
        (lhs.year, lhs.month, lhs.day, lhs.hour, lhs.minute, lhs.second)
            < (rhs.year, rhs.month, rhs.day, rhs.hour, rhs.minute, rhs.second)
    }
}

private func twoDigits(_ value: Int) -> String {
    value < 10 ? "0\(value)" : "\(value)"
}
