/// A string hashed and compared by its UTF-8 bytes, skipping the Unicode normalization `String`
/// does for both: with 10k articles, hashing their tags as `String`s was most of a launch's
/// counting. Names come from one parser, so the same name has the same bytes; two spellings that
/// differ only in normalization would count apart, which no real library has.
public struct UTF8HashedString: Hashable, Sendable {
    public let text: String

    public init(_ text: String) { self.text = text }

    public func hash(into hasher: inout Hasher) {
        var copy = text
        copy.withUTF8 { hasher.combine(bytes: UnsafeRawBufferPointer($0)) }
    }

    public static func == (lhs: UTF8HashedString, rhs: UTF8HashedString) -> Bool {
        var left = lhs.text, right = rhs.text
        return left.withUTF8 { leftBytes in right.withUTF8 { leftBytes.elementsEqual($0) } }
    }
}
