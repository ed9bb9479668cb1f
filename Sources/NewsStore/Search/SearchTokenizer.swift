import GRDB

/// The FTS5 tokenizer of the search index: ``SearchTokens`` behind SQLite's tokenizer interface.
///
/// Registered on every connection of the index (`Database.add(tokenizer:)`), so the FTS5 table,
/// its queries and `snippet()` all split text the same way, with byte offsets into the original
/// text (which is why snippets can highlight what the user typed).
final class SearchTokenizer: FTS5CustomTokenizer {
    static let name = "newsreader_cjk"

    /// `SQLITE_OK` (the C constant lives in GRDB's SQLite module, which this target does not import).
    private static let ok: CInt = 0

    init(db: Database, arguments: [String]) throws {}

    func tokenize(
        context: UnsafeMutableRawPointer?, tokenization: FTS5Tokenization, pText: UnsafePointer<CChar>?,
        nText: CInt, tokenCallback: @escaping FTS5TokenCallback
    ) -> CInt {
        guard let pText, nText > 0 else { return Self.ok }
        let text = UnsafeBufferPointer(
            start: UnsafeRawPointer(pText).assumingMemoryBound(to: UInt8.self), count: Int(nText))
        var iterator = SearchTokens.Iterator(text)
        while let token = iterator.next() {
            let status = iterator.withBytes(of: token) { bytes in
                bytes.withMemoryRebound(to: CChar.self) { bytes in
                    tokenCallback(context, 0, bytes.baseAddress, CInt(bytes.count),
                                  CInt(token.range.lowerBound), CInt(token.range.upperBound))
                }
            }
            if status != Self.ok { return status }
        }
        return Self.ok
    }
}
