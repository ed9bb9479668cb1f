import Foundation

/// A publication date as the author wrote it: an instant plus the UTC offset it was written in.
///
/// Articles are sorted by ``instant``; they are shown and exported with their own offset
/// (`2025-06-25T09:10:04+08:00` stays `+08:00`), because that is the newsroom's local time.
public struct ArticleDate: Hashable, Comparable, Sendable, CustomStringConvertible {
    /// The moment in time, for sorting and comparing.
    public var instant: Date
    /// The offset from UTC, in seconds, that the date was written with (0 when none was given).
    public var utcOffsetSeconds: Int
    /// True when the source gave only a day (`2025-06-25`), no time of day.
    public var isDateOnly: Bool

    public init(instant: Date, utcOffsetSeconds: Int = 0, isDateOnly: Bool = false) {
        self.instant = instant
        self.utcOffsetSeconds = utcOffsetSeconds
        self.isDateOnly = isDateOnly
    }

    public static func < (lhs: ArticleDate, rhs: ArticleDate) -> Bool {
        lhs.instant < rhs.instant
    }

    /// The time zone the date was written in.
    public var timeZone: TimeZone {
        TimeZone(secondsFromGMT: utcOffsetSeconds) ?? TimeZone(secondsFromGMT: 0)!
    }

    /// ISO 8601 with the original offset: `2025-06-25T09:10:04+08:00` (`Z` is written `+00:00`).
    public var iso8601: String {
        let parts = localComponents
        let time = String(format: "%04d-%02d-%02dT%02d:%02d:%02d",
                          parts.year ?? 0, parts.month ?? 0, parts.day ?? 0,
                          parts.hour ?? 0, parts.minute ?? 0, parts.second ?? 0)
        return time + offsetText(separator: ":")
    }

    /// The day in the article's own time zone: `2025-06-25`.
    public var day: String {
        let parts = localComponents
        return String(format: "%04d-%02d-%02d", parts.year ?? 0, parts.month ?? 0, parts.day ?? 0)
    }

    /// Day and time with the offset, for headers: `2025-06-25 09:10 +08:00` (day only when date-only).
    public var displayText: String {
        if isDateOnly { return day }
        let parts = localComponents
        return day + String(format: " %02d:%02d ", parts.hour ?? 0, parts.minute ?? 0) + offsetText(separator: ":")
    }

    public var description: String { iso8601 }

    private var localComponents: DateComponents {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = timeZone
        return calendar.dateComponents([.year, .month, .day, .hour, .minute, .second], from: instant)
    }

    private func offsetText(separator: String) -> String {
        let sign = utcOffsetSeconds < 0 ? "-" : "+"
        let minutes = abs(utcOffsetSeconds) / 60
        return String(format: "%@%02d%@%02d", sign, minutes / 60, separator, minutes % 60)
    }
}
