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
