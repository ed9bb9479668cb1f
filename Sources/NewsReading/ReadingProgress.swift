import NewsCore

/// Whether an article is being read: `◐ 在读 In progress`, `list --in-progress`.
public enum ReadingProgress {
    /// True when the reader left the article somewhere past its start (a saved position beyond the
    /// header) and before its last body block came to the top of the screen (so the end was not
    /// reached). An article never opened, or read to the end, is not in progress.
    public static func isInProgress(_ position: ReadingPosition?, bodyBlocks: Int) -> Bool {
        guard let position, position > ReadingPosition(block: 0, offset: 0) else { return false }
        return position.block < bodyBlocks
    }
}
