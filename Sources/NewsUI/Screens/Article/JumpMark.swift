import NewsCore

/// Where the reader was before a jump, to come back to exactly.
struct JumpMark: Equatable, Sendable {
    /// The place at the top of the screen, for coming back at another width.
    var position: ReadingPosition
    var top: Int
    /// The width `top` was measured at.
    var width: Int
    var selection: ArticleTarget.Kind?
    var highlightedLabel: String?
}
