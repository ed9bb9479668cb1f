import NewsCore

/// The ids of a whole listing (``ArticleListing/ids``): every id's UTF-8 bytes end to end in one
/// array, and where each ends. An ``ArticleID`` is made when one is asked for.
///
/// Why: ids are paths (`2024/05/some-title-1234`), longer than the 15 bytes a Swift string holds
/// without an allocation of its own. At 100k articles an array of `ArticleID`s was about 9.5 MB
/// of a reader's memory; this is about a third of that.
public struct ArticleIDColumn: RandomAccessCollection, Equatable, Sendable {
    private var bytes: [UInt8] = []
    /// Where each id ends in `bytes` (it starts where the previous one ends).
    private var ends: [UInt32] = []

    public init() {}

    /// A column from its parts as ``parts`` gives them (a listing stored by the index); nil when
    /// they do not fit together.
    public init?(bytes: [UInt8], ends: [UInt32]) {
        guard zip(ends, ends.dropFirst()).allSatisfy({ $0 <= $1 }), (ends.last.map(Int.init) ?? 0) == bytes.count else { return nil }
        self.bytes = bytes
        self.ends = ends
    }

    public init<Source: Sequence>(_ ids: Source) where Source.Element == ArticleID {
        for id in ids { append(id) }
    }

    /// What the column is made of: every id's bytes end to end, and where each ends.
    public var parts: (bytes: [UInt8], ends: [UInt32]) { (bytes, ends) }

    public var startIndex: Int { 0 }
    public var endIndex: Int { ends.count }

    public subscript(position: Int) -> ArticleID {
        ArticleID(String(decoding: bytes[start(of: position)..<Int(ends[position])], as: UTF8.self))
    }

    public mutating func append(_ id: ArticleID) {
        bytes.append(contentsOf: id.rawValue.utf8)
        precondition(bytes.count <= UInt32.max, "more than 4 GB of article ids")
        ends.append(UInt32(bytes.count))
    }

    /// The ids at `positions`, in that order.
    public func subset(_ positions: [Int]) -> ArticleIDColumn {
        var result = ArticleIDColumn()
        result.ends.reserveCapacity(positions.count)
        result.bytes.reserveCapacity(positions.reduce(0) { $0 + Int(ends[$1]) - start(of: $1) })
        for position in positions {
            result.bytes.append(contentsOf: bytes[start(of: position)..<Int(ends[position])])
            result.ends.append(UInt32(result.bytes.count))
        }
        return result
    }

    private func start(of position: Int) -> Int {
        position == 0 ? 0 : Int(ends[position - 1])
    }
}
