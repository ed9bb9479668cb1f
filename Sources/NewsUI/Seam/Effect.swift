import NewsCore

/// Something the user wants done outside the pure UI: the runtime performs it and, where there
/// is an answer, sends it back as a ``Msg``.
///
/// `Equatable`, so `update` tests compare effects by value (DESIGN.md, "Models to learn from").
public enum Effect: Equatable, Sendable {
    /// Restore the terminal and exit with status 0.
    case quit
    /// Read and parse this article; answered by `articleLoaded` or `articleLoadFailed`.
    case loadArticle(ArticleID)
    /// Start the opener with this URL as one argument; answered by `urlOpened` or `urlOpenFailed`.
    case openURL(String)
    /// Open an article's image: a local file (which the runtime finds and keeps inside the
    /// library and its site folder) or a remote URL; answered by `urlOpened` or `urlOpenFailed`.
    case openImage(articlePath: String, reference: String)
    /// Put this URL on the terminal's clipboard (OSC 52); answered by `clipboardCopied` or
    /// `clipboardFailed`.
    case copyToClipboard(String)
    /// Search the whole library; answered by `searchFinished` or `searchFailed`.
    case searchLibrary(query: String)
    /// Remember the article as read or unread.
    case setRead(ArticleID, Bool)
    /// Star or unstar the article.
    case setStarred(ArticleID, Bool)
    /// Remember where reading stopped (sent when leaving an article, and on quit).
    case savePosition(ArticleID, ReadingPosition)
    /// Decode and draw a picture in the background; answered by `pictureDrawn` or `pictureFailed`.
    case drawPicture(PictureRequest)
}
