import NewsCore
import NewsReading

/// What every screen reads and may change: the library with this session's marks, the keymap,
/// the terminal's size, the status line and the settings.
///
/// The app owns it and lends it to the screen it routes a key, click or message to; what belongs
/// to one screen (its cursors, its prompt, an open article) stays in that screen.
struct SharedState: Sendable {
    var width: Int
    var height: Int
    var keymap: Keymap
    var dateFormat: ArticleDateFormat
    var lineBreak: LineBreaker.Strictness = .strict
    /// Whether the reader asks for pictures (the `images` setting is not off and colour is on).
    var pictures = false
    /// The measure: article text is never wider than this many columns (0: the full width; the
    /// runtime sets the configuration's, ``TextMeasure/defaultColumns`` unless changed).
    var textWidth = 0
    /// The library as last loaded, with the read marks, stars and positions of this session.
    var snapshot = LibrarySnapshot(rootPath: "", articles: [])
    /// The status line's message, until the next key or click.
    var message: StatusMessage?
    /// The background work's progress line, while a first build's bodies are parsed and its
    /// search index filled (where it goes on the status line: ``ScreenBuffer/drawStatus``).
    var indexing: String?
    /// The article asked for with `loadArticle`, and the list it was opened from.
    var pendingArticle: (id: ArticleID, readingList: [ArticleID])?
    /// The open article, asked for again because its file changed on disk.
    var reloadingArticle: ArticleID?
    /// Articles that appeared while the reader was open, marked `新` in the list until opened.
    var fresh: Set<ArticleID> = []
    /// True while the article asked for was chosen in a Related section: it opens over the
    /// current article instead of replacing it.
    var opensOverCurrentArticle = false

    init(width: Int, height: Int, keymap: Keymap, dateFormat: ArticleDateFormat) {
        self.width = width
        self.height = height
        self.keymap = keymap
        self.dateFormat = dateFormat
    }

    /// Shows `text` on the status line, if there is something to say.
    mutating func note(_ text: String?) {
        if let text { message = StatusMessage(text: text) }
    }

    /// An article asked for by following a link in another one: it opens over that one (so
    /// Backspace comes back), at the `#fragment` if there is one.
    var pendingLink: (id: ArticleID, fragment: String?)?

    /// Asks for the article a link leads to; see ``pendingLink``.
    mutating func requestLinkedArticle(_ id: ArticleID, fragment: String?) -> [Effect] {
        let effects = requestArticle(id, readingList: [id])
        pendingLink = (id, fragment)
        return effects
    }

    /// Asks the runtime for an article; it opens when `articleLoaded` answers.
    mutating func requestArticle(_ id: ArticleID, readingList: [ArticleID]) -> [Effect] {
        pendingArticle = (id, readingList)
        pendingLink = nil
        message = StatusMessage(text: "Opening…")
        return [.loadArticle(id)]
    }

    // MARK: - Marks

    /// Stars or unstars an article (the app keeps the mark when it performs the effect).
    mutating func toggleStar(_ id: ArticleID) -> [Effect] {
        let starred = !snapshot.readState.starred.contains(id)
        message = StatusMessage(text: starred ? "★ Starred" : "Star removed")
        return [.setStarred(id, starred)]
    }

    /// Marks an article read or unread (the app keeps the mark when it performs the effect).
    mutating func toggleRead(_ id: ArticleID) -> [Effect] {
        let read = !snapshot.readState.read.contains(id)
        message = StatusMessage(text: read ? "Marked read" : "Marked unread")
        return [.setRead(id, read)]
    }

    /// Keeps in memory the marks and places that `effects` ask the runtime to save, so the
    /// session shows them at once; true when a read mark or a star changed (lists and counts
    /// that depend on them must be recomputed).
    mutating func remember(_ effects: [Effect]) -> Bool {
        var marksChanged = false
        for effect in effects {
            switch effect {
            case .setRead(let id, let read):
                if read { snapshot.readState.read.insert(id) } else { snapshot.readState.read.remove(id) }
                marksChanged = true
            case .setStarred(let id, let starred):
                if starred { snapshot.readState.starred.insert(id) } else { snapshot.readState.starred.remove(id) }
                marksChanged = true
            case .savePosition(let id, let position):
                snapshot.readState.positions[id] = position
            case .quit, .loadArticle, .openURL, .openImage, .copyToClipboard, .searchLibrary, .drawPicture:
                break
            }
        }
        return marksChanged
    }
}
