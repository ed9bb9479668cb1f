import NewsCore

/// Something that happened: a key, a resize, or the answer to an ``Effect``.
///
/// Named for what happened (`articleLoaded`), as bubbletea's messages are; `update` is the only
/// place that reacts to them.
public enum Msg: Equatable, Sendable {
    case key(KeyEvent)
    /// A click or a wheel turn.
    case mouse(MouseEvent)
    /// The terminal now has this many columns and rows (also sent once at start).
    case resized(width: Int, height: Int)
    /// The library finished loading (answer to nothing: the runtime sends it at launch).
    case libraryLoaded(LibrarySnapshot)
    /// The library changed on disk while the reader was open (sent by the runtime's watcher):
    /// the new snapshot, and which articles were added, updated or removed.
    case libraryChanged(LibrarySnapshot, LibraryChanges)
    /// The article asked for with ``Effect/loadArticle(_:)``, parsed.
    case articleLoaded(Article)
    case articleLoadFailed(ArticleID, reason: String)
    /// Answer to ``Effect/searchLibrary(query:)``: matches over the whole library, best first.
    /// `coverage`: while a first build's search index is still being filled, the percent of the
    /// library the search covered (more may match later); nil when it covered all of it.
    case searchFinished(query: String, results: [SearchResult], coverage: Int? = nil)
    case searchFailed(query: String, reason: String)
    /// Answer to ``Effect/openURL(_:)``: the opener was started with this URL.
    case urlOpened(String, opener: String)
    case urlOpenFailed(String, reason: String)
    /// Answer to ``Effect/copyToClipboard(_:)``: the terminal was asked to take this text.
    case clipboardCopied(String)
    case clipboardFailed(String, reason: String)
    /// Answer to ``Effect/drawPicture(_:)``: the picture as cells, or why it cannot be shown.
    case pictureDrawn(PictureRequest, PictureCells)
    case pictureFailed(PictureRequest, reason: String)
    /// A message the runtime wants on the status line (a state write failed, and so on).
    case notice(String)
    /// How far the work a first build left for the background has got, as the status line says
    /// it (`正文 3,200 / 10,000 · 410 篇/秒 · 约 17 秒`, then `搜索索引 …`); nil once it is done.
    case indexing(String?)
    /// The user asked to quit from outside the keys (Ctrl-C, SIGTERM, SIGHUP): answered with
    /// `savePosition` for an open article, then `quit`.
    case quitRequested
}
