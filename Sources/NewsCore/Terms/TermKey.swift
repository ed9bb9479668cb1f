import Foundation

/// The identity of a tag, topic or other taxonomy term, as Hugo compares them: letter case and
/// full-width/half-width forms folded (`Golang` = `golang`, `ＡＩ` = `AI`, `ｶﾀｶﾅ` = `カタカナ`).
///
/// Folding is Foundation's (case- and width-insensitive string folding, backed by ICU).
public struct TermKey: Hashable, Sendable {
    public let folded: String

    public init(_ term: String) {
        folded = term.folding(options: [.caseInsensitive, .widthInsensitive], locale: nil)
    }
}
