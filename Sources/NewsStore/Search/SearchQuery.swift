/// Turns what the user typed into an FTS5 query over ``SearchTokens``.
///
/// Each run of text between spaces becomes one phrase of its tokens, so `数据中心` must appear as
/// those four consecutive characters and `AI芯片` as `ai` followed by `芯片`; the phrases are joined
/// with AND (`Scale 数据` needs both). The last token of a phrase that is a Latin word matches as a
/// prefix (`scal` finds `Scale`), which suits a search that runs as the user types. The user's
/// text never reaches FTS5's query syntax: only tokens do, each quoted.
struct SearchQuery: Equatable {
    /// The phrases, each a list of tokens; the Boolean is true when its last token is a prefix.
    let phrases: [(tokens: [String], prefix: Bool)]

    init(_ text: String) {
        phrases = text.split(whereSeparator: { $0.isWhitespace }).compactMap { chunk in
            let tokens = SearchTokens.tokens(of: String(chunk))
            guard let last = tokens.last else { return nil }
            return (tokens.map(\.text), last.kind == .word)
        }
    }

    var isEmpty: Bool { phrases.isEmpty }

    /// The FTS5 MATCH expression over every column.
    var expression: String {
        phrases.map { phrase in
            "\"" + phrase.tokens.joined(separator: " ") + "\"" + (phrase.prefix ? " *" : "")
        }.joined(separator: " AND ")
    }

    static func == (lhs: SearchQuery, rhs: SearchQuery) -> Bool {
        lhs.expression == rhs.expression
    }
}
