/// Reads a ``Citation`` out of a footnote definition (FORMAT.md, "Citations").
///
/// STUB: the citation parser replaces this.
public enum CitationParser {
    public static func citation(from footnote: Footnote) -> Citation {
        Citation(label: footnote.label, text: footnote.source, referenceCount: footnote.referenceCount)
    }
}
