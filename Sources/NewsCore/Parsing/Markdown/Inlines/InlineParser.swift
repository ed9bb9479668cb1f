/// Parses the inline content of one block (paragraph, heading, table cell) into ``Inline``s.
///
/// CommonMark 0.31 inlines (§6), GFM strikethrough and footnote references, and CJK-friendly
/// emphasis (see ``DelimiterFlanking``). Soft line breaks between two CJK characters are dropped,
/// since Chinese and Japanese put no space between words.
public struct InlineParser: Sendable {
    /// Link reference definitions of the document, keyed by ``LinkLabel/normalize(_:)``.
    public var linkReferences: [String: LinkReference]
    /// Every line ending in prose is a hard break (Hexo's `marked.breaks`, Hugo's `hardWraps`).
    public var hardBreaks: Bool

    public init(linkReferences: [String: LinkReference], hardBreaks: Bool = false) {
        self.linkReferences = linkReferences
        self.hardBreaks = hardBreaks
    }

    /// Parses `text` (the block's raw content, lines joined by `\n`, leading indentation stripped).
    public func parse(_ text: String) -> [Inline] {
        var buffers = InlineParsingBuffers()
        return parse(text[...], reusing: &buffers)
    }

    /// Parses `text`, a block's content cut from the document's source without copying it, in
    /// the working arrays `buffers` (left there for the next block).
    func parse(_ text: Substring, reusing buffers: inout InlineParsingBuffers) -> [Inline] {
        if Self.isPlainText(text) { return [.text(String(text))] }
        buffers.removeAll()
        // Appending the UTF-8 of a `Substring` went byte by byte (8% of a parse); this is a memcpy.
        if text.utf8.withContiguousStorageIfAvailable({ buffers.bytes.append(contentsOf: $0) }) == nil {
            buffers.bytes.append(contentsOf: text.utf8)
        }
        // Trailing spaces of the last line never form a hard break (§6.7); drop them here too.
        while let last = buffers.bytes.last, last == UInt8(ascii: " ") || last == UInt8(ascii: "\t") {
            buffers.bytes.removeLast()
        }
        guard !buffers.bytes.isEmpty else { return [] }
        var session = InlineParsingSession(bytes: buffers.bytes, linkReferences: linkReferences)
        session.exchangeWorkingArrays(with: &buffers)
        session.hardBreaks = hardBreaks
        session.parse()
        let inlines = InlineTreeBuilder(list: session.nodes, source: SourceText(string: text, bytes: buffers.bytes)).build()
        session.exchangeWorkingArrays(with: &buffers)
        return inlines
    }

    /// Whether `text` is a single run of plain text (no markup, no line ending, no trailing space),
    /// which is common for headings, table cells and short paragraphs: no parse is needed.
    private static func isPlainText(_ text: Substring) -> Bool {
        let answer = text.utf8.withContiguousStorageIfAvailable { bytes in
            guard let last = bytes.last, last != UInt8(ascii: " "), last != UInt8(ascii: "\t") else { return false }
            return InlineParsingSession.plainTextEnd(in: bytes, from: 0, to: bytes.count) == bytes.count
        }
        return answer ?? false
    }
}
