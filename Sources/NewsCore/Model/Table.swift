/// A GitHub-flavoured table.
public struct Table: Equatable, Sendable {
    public enum Alignment: String, Equatable, Sendable {
        case none, left, center, right
    }

    public var alignments: [Alignment]
    public var header: [[Inline]]
    /// Body rows; every row has exactly `alignments.count` cells.
    public var rows: [[[Inline]]]

    public init(alignments: [Alignment], header: [[Inline]], rows: [[[Inline]]]) {
        self.alignments = alignments
        self.header = header
        self.rows = rows
    }
}
