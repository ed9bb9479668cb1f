import Foundation

/// Parses a CommonMark + GFM (tables, footnotes) body into a ``Document``.
///
/// STUB: the block parser replaces this; it treats each blank-line separated chunk as a paragraph.
public enum MarkdownParser {
    public static func parse(_ text: String) -> Document {
        let inlineParser = InlineParser(linkReferences: [:])
        let blocks = text.components(separatedBy: "\n\n")
            .filter { !$0.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty }
            .map { Block.paragraph(inlineParser.parse($0)) }
        return Document(blocks: blocks)
    }
}
