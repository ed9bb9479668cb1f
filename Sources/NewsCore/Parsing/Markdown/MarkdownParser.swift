/// Parses a CommonMark 0.31 + GFM (tables, footnotes) body into a ``Document``.
///
/// Two passes, as the CommonMark spec suggests: ``BlockTreeBuilder`` reads the lines into a block
/// tree (collecting link reference definitions), then ``DocumentAssembler`` parses the inline
/// content and resolves footnotes. Both work on UTF-8 bytes and never recurse deeper than the
/// container nesting limit, so hostile input cannot overflow the stack.
public enum MarkdownParser {
    /// - Parameter hardBreaks: every line ending in prose is a line break (``MarkdownOptions/breaks``).
    public static func parse(_ text: String, hardBreaks: Bool = false) -> Document {
        var bytes = Array(text.utf8)
        let hasNUL = ByteSearch.firstIndex(of: 0, in: bytes, from: 0, to: bytes.count) < bytes.count
        if hasNUL { bytes = replacingNUL(bytes) }
        var builder = BlockTreeBuilder(bytes: bytes)
        builder.build()
        var assembler = DocumentAssembler(tree: builder, source: hasNUL ? nil : text, hardBreaks: hardBreaks)
        return assembler.document()
    }

    /// CommonMark §2.3: U+0000 is replaced by U+FFFD, so no NUL reaches a terminal or a C API.
    private static func replacingNUL(_ bytes: [UInt8]) -> [UInt8] {
        var result: [UInt8] = []
        result.reserveCapacity(bytes.count + 16)
        for byte in bytes {
            if byte == 0 {
                result.append(contentsOf: [0xEF, 0xBF, 0xBD])
            } else {
                result.append(byte)
            }
        }
        return result
    }
}
