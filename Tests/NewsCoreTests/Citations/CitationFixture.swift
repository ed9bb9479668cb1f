@testable import NewsCore

/// Footnotes as the block parser produces them, for the citation tests.
enum CitationFixture {
    /// A footnote with only its source (and optionally its parsed blocks) filled in.
    static func footnote(_ source: String, label: String = "1", references: Int = 1, blocks: [Block] = []) -> Footnote {
        Footnote(label: label, ordinal: 1, blocks: blocks, referenceCount: references, line: 1, source: source)
    }

    /// The citation read from a definition's source.
    static func citation(_ source: String) -> Citation {
        CitationParser.citation(from: footnote(source))
    }
}
