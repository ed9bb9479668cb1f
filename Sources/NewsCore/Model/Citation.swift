import Foundation

/// A source cited at the end of an article, read from a footnote definition.
///
/// The usual shape (FORMAT.md, "Citations") is
/// `[title](url)·outlet·author（2025/6/24）·检索日期2025/6/25`; every part may be missing, and a
/// definition of plain prose still yields a citation with only ``text`` (and any link in it).
public struct Citation: Equatable, Codable, Sendable {
    public var label: String
    public var title: String?
    public var url: String?
    public var outlet: String?
    public var author: String?
    public var published: CalendarDay?
    public var retrieved: CalendarDay?
    /// The definition as written, without the `[^label]:` prefix.
    public var text: String
    /// How many references in the body point at it.
    public var referenceCount: Int

    public init(
        label: String, title: String? = nil, url: String? = nil, outlet: String? = nil, author: String? = nil,
        published: CalendarDay? = nil, retrieved: CalendarDay? = nil, text: String, referenceCount: Int = 0
    ) {
        self.label = label
        self.title = title
        self.url = url
        self.outlet = outlet
        self.author = author
        self.published = published
        self.retrieved = retrieved
        self.text = text
        self.referenceCount = referenceCount
    }
}

/// A day without time or zone, as citations write them (`2025/6/24`).
public struct CalendarDay: Hashable, Comparable, Codable, Sendable, CustomStringConvertible {
    public var year: Int
    public var month: Int
    public var day: Int

    public init(year: Int, month: Int, day: Int) {
        self.year = year
        self.month = month
        self.day = day
    }

    /// `2025-06-24`.
    public var description: String {
        String(format: "%04d-%02d-%02d", year, month, day)
    }

    public static func < (lhs: CalendarDay, rhs: CalendarDay) -> Bool {
        (lhs.year, lhs.month, lhs.day) < (rhs.year, rhs.month, rhs.day)
    }

    // MARK: - Codable as `YYYY-MM-DD`

    public init(from decoder: Decoder) throws {
        let text = try decoder.singleValueContainer().decode(String.self)
        let parts = text.split(separator: "-").compactMap { Int($0) }
        guard parts.count == 3 else {
            throw DecodingError.dataCorrupted(.init(codingPath: decoder.codingPath, debugDescription: "not YYYY-MM-DD: \(text)"))
        }
        self.init(year: parts[0], month: parts[1], day: parts[2])
    }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(description)
    }
}
