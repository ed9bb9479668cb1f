import Foundation
@testable import NewsCore

/// Footnotes as the block parser produces them, for the citation tests.
enum CitationFixture {
    /// A footnote with only its source (and optionally its parsed blocks) filled in.
    static func footnote(_ source: String, label: String = "1", references: Int = 1, blocks: [Block] = []) -> Footnote {
        Footnote(label: label, ordinal: 1, blocks: blocks, referenceCount: references, line: 1, source: source)
    }

    /// The citation read from a definition as an article would hold it: the source run through
    /// the Markdown parser, so the parsed link is used as in production.
    static func citation(_ source: String) -> Citation {
        let document = MarkdownParser.parse("[^1]: " + source.replacingOccurrences(of: "\n", with: "\n    "))
        guard let parsed = document.footnotes.first else { return CitationParser.citation(from: footnote(source)) }
        return CitationParser.citation(from: parsed)
    }

    /// The citation read from the source alone (no parsed blocks), the scanner's fallback path.
    static func citationFromSourceOnly(_ source: String) -> Citation {
        CitationParser.citation(from: footnote(source))
    }
}
