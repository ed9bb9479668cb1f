/// A parsed Markdown body: its blocks in reading order, and its footnote definitions.
///
/// Footnote definitions are taken out of the block flow (as GitHub does) and kept in
/// ``footnotes`` in the order they were written, referenced or not: news articles often cite
/// sources that the text never points at, and the reader still lists them.
public struct Document: Equatable, Sendable {
    public var blocks: [Block]
    public var footnotes: [Footnote]
    /// What the parser noticed while reading (undefined references, duplicate labels, …).
    /// Lines are 1-based and relative to the first line of the Markdown text given to the parser.
    public var diagnostics: [Diagnostic]

    public init(blocks: [Block] = [], footnotes: [Footnote] = [], diagnostics: [Diagnostic] = []) {
        self.blocks = blocks
        self.footnotes = footnotes
        self.diagnostics = diagnostics
    }

    /// The definition a reference points at, matching labels as CommonMark matches link labels.
    public func footnote(forLabel label: String) -> Footnote? {
        let key = LinkLabel.normalize(label)
        return footnotes.first { LinkLabel.normalize($0.label) == key }
    }
}
