/// A place in an article that does not depend on the width: a rendered block and a character
/// offset in that block's text.
///
/// Blocks are numbered in reading order: the header is block 0, the body's top-level block *i*
/// (`Document.blocks[i]`) is block *i* + 1, and the references section follows (a heading the
/// renderer adds, if any, then one block per footnote definition). Offsets count the characters
/// (grapheme clusters) of the text the block shows, its nested paragraphs, list items and table
/// cells one after another.
public struct ReadingPosition: Hashable, Comparable, Codable, Sendable {
    public var block: Int
    public var offset: Int

    public init(block: Int, offset: Int) {
        self.block = block
        self.offset = offset
    }

    public static func < (lhs: ReadingPosition, rhs: ReadingPosition) -> Bool {
        (lhs.block, lhs.offset) < (rhs.block, rhs.offset)
    }
}
