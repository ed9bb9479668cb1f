/// A stable identifier for an article: its path relative to the library root, without extension.
///
/// For a page bundle (`folder/index.md`) the id is the bundle folder's path. Separators are always
/// `/`, so ids read the same on every platform and survive re-indexing (FORMAT.md, "Library layout").
public struct ArticleID: Hashable, Comparable, Codable, Sendable, CustomStringConvertible {
    public let rawValue: String

    public init(_ rawValue: String) {
        self.rawValue = rawValue
    }

    public var description: String { rawValue }

    public static func < (lhs: ArticleID, rhs: ArticleID) -> Bool {
        lhs.rawValue < rhs.rawValue
    }

    // MARK: - Codable as a plain string

    public init(from decoder: Decoder) throws {
        rawValue = try decoder.singleValueContainer().decode(String.self)
    }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(rawValue)
    }
}
