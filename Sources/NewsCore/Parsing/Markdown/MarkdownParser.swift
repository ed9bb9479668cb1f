/// Parses a CommonMark 0.31 + GFM (tables, footnotes) body into a ``Document``.
///
/// Two passes, as the CommonMark spec suggests: ``BlockTreeBuilder`` reads the lines into a block
/// tree (collecting link reference definitions), then ``DocumentAssembler`` parses the inline
/// content and resolves footnotes. Both work on UTF-8 bytes and never recurse deeper than the
/// container nesting limit, so hostile input cannot overflow the stack.
public enum MarkdownParser {
    public static func parse(_ text: String) -> Document {
        var builder = BlockTreeBuilder(bytes: Array(text.utf8))
        builder.build()
        var assembler = DocumentAssembler(tree: builder)
        return assembler.document()
    }
}
