/// A footnote definition (`[^label]: …`).
public struct Footnote: Equatable, Sendable {
    /// The label as the author wrote it (`1`, `note`), never renumbered.
    public var label: String
    /// 1-based number in order of first reference; unreferenced definitions follow, in source order.
    public var ordinal: Int
    public var blocks: [Block]
    /// How many references in the body point at this definition.
    public var referenceCount: Int
    /// 1-based line of the definition, relative to the Markdown text.
    public var line: Int
    /// The definition's Markdown source after `[^label]:`, continuation lines joined by `\n`.
    public var source: String

    public init(label: String, ordinal: Int, blocks: [Block], referenceCount: Int, line: Int, source: String) {
        self.label = label
        self.ordinal = ordinal
        self.blocks = blocks
        self.referenceCount = referenceCount
        self.line = line
        self.source = source
    }
}
