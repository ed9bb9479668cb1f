import NewsCore

/// The interactive reader as a value: feed it messages, perform the effects it returns, draw
/// what it renders.
///
/// The runtime's loop is: decode a key → `update(.key(k))` → perform effects (feeding their
/// answers back through `update`) → `render()` → the backend draws the buffer.
///
/// The app only routes: keys and clicks go to the screen on top of the stack (the library is
/// always at the bottom), answers to effects to the screens that wait for them. It owns what
/// screens share (``SharedState``) and the actions every screen understands (quit, help, problems).
public struct NewsApp: Sendable {
    var shared: SharedState
    /// The open screens, the library first; empty until the library arrives.
    var stack: [any Screen] = []

    /// A reader for a terminal of `width`×`height`, showing "loading" until the library arrives.
    public init(width: Int, height: Int, keymap: Keymap = .standard, dateFormat: ArticleDateFormat = .standard) {
        shared = SharedState(width: width, height: height, keymap: keymap, dateFormat: dateFormat)
    }

    public var width: Int { shared.width }
    public var height: Int { shared.height }

    /// Which action each key means on each screen; the help screen is generated from it.
    public var keymap: Keymap {
        get { shared.keymap }
        set { shared.keymap = newValue }
    }

    /// How eagerly CJK text may break in articles (the `line_break` setting).
    public var lineBreak: LineBreaker.Strictness {
        get { shared.lineBreak }
        set { shared.lineBreak = newValue }
    }

    /// Whether articles show their featured picture (the runtime draws it in the background).
    public var pictures: Bool {
        get { shared.pictures }
        set { shared.pictures = newValue }
    }

    /// `text_width`: article text is never wider than this many columns (0: the full width).
    public var textWidth: Int {
        get { shared.textWidth }
        set { shared.textWidth = newValue }
    }

    /// How the library's list writes dates (the configuration's `date_format`).
    public var dateFormat: ArticleDateFormat {
        get { shared.dateFormat }
        set { shared.dateFormat = newValue }
    }

    /// The library as last loaded, with the read marks, stars and positions of this session.
    public var library: LibrarySnapshot? { stack.isEmpty ? nil : shared.snapshot }

    /// What the loading screen says under "正在载入…" (a first build's progress), until the library arrives.
    public var loadingStatus: String?

    static let minimumWidth = 20
    static let minimumHeight = 6

    /// Reacts to one message; returns what the runtime must do.
    public mutating func update(_ msg: Msg) -> [Effect] {
        switch msg {
        case .key(let key):
            shared.message = nil
            return handleKey(key)
        case .mouse(let event):
            // Below the minimum size nothing is drawn but the notice: no click may act unseen.
            guard !stack.isEmpty, width >= Self.minimumWidth, height >= Self.minimumHeight else { return [] }
            shared.message = nil
            return apply(stack[stack.count - 1].handleMouse(event, shared: &shared))
        case .resized(let newWidth, let newHeight):
            shared.width = max(0, newWidth)
            shared.height = max(0, newHeight)
            broadcast(msg)
            return pictureEffects()
        case .libraryLoaded(let snapshot):
            libraryLoaded(snapshot)
        case .libraryChanged(let snapshot, let changes):
            return libraryChanged(snapshot, changes)
        case .articleLoaded(let article):
            return articleLoaded(article)
        case .articleLoadFailed(let id, let reason):
            if shared.pendingArticle?.id == id { shared.pendingArticle = nil }
            shared.message = StatusMessage(text: "Could not open \(id): \(reason)", isError: true)
        case .searchFinished:
            broadcast(msg)
        case .searchFailed(let query, let reason):
            shared.message = StatusMessage(text: "Search for “\(query)” failed: \(reason)", isError: true)
        case .urlOpened(let url, let opener):
            shared.message = StatusMessage(text: "Opened \(url) with \(opener)")
        case .urlOpenFailed(let url, let reason):
            shared.message = StatusMessage(text: "Could not open \(url): \(reason)", isError: true)
        case .clipboardCopied(let url):
            shared.message = StatusMessage(text: "Copied \(url) (OSC 52: the terminal must allow clipboard writes)")
        case .clipboardFailed(let url, let reason):
            shared.message = StatusMessage(text: "Could not copy \(url): \(reason)", isError: true)
        case .pictureDrawn, .pictureFailed:
            broadcast(msg)
        case .notice(let text):
            shared.message = StatusMessage(text: text)
        case .indexing(let line):
            return indexingChanged(line)
        case .quitRequested:
            return quitEffects()
        }
        return []
    }

    /// Draws the topmost full screen and the overlays above it.
    public func render() -> ScreenBuffer {
        var buffer = ScreenBuffer(width: width, height: height)
        if width < Self.minimumWidth || height < Self.minimumHeight {
            buffer.drawTooSmall(minimumWidth: Self.minimumWidth, minimumHeight: Self.minimumHeight)
            return buffer
        }
        guard !stack.isEmpty else {
            buffer.put("正在载入… Loading the library", row: height / 2, column: 2, style: CellStyle(.dim))
            if let loadingStatus {
                buffer.put(loadingStatus, row: height / 2 + 1, column: 2, style: CellStyle(.normal), maxWidth: width - 4)
            }
            return buffer
        }
        let base = stack.lastIndex { !type(of: $0).isOverlay } ?? 0
        for screen in stack[base...] { screen.render(into: &buffer, shared: shared) }
        return buffer
    }

    // MARK: - Loading

    private mutating func libraryLoaded(_ snapshot: LibrarySnapshot) {
        shared.snapshot = snapshot
        if stack.isEmpty {
            stack = [LibraryScreen(snapshot: snapshot)]
        } else {
            // A reload keeps what the user was looking at (each screen decides what that is).
            broadcast(.libraryLoaded(snapshot))
        }
        if let problems = Self.problemsMessage(snapshot.problemList) { shared.message = problems }
    }

    /// `2 files with problems: press ! to see them`, nil when there are none.
    static func problemsMessage(_ problems: ProblemList) -> StatusMessage? {
        guard !problems.isEmpty else { return nil }
        let files = problems.fileCount
        return StatusMessage(text: "\(files) file\(files == 1 ? "" : "s") with problems: press ! to see them", isError: true)
    }

    /// Opens an article the runtime loaded, if it is the one last asked for (or shows the open
    /// one again when it was asked for because its file changed).
    private mutating func articleLoaded(_ article: Article) -> [Effect] {
        guard let request = shared.pendingArticle, request.id == article.id else {
            articleReloaded(article)
            return []
        }
        shared.pendingArticle = nil
        shared.reloadingArticle = nil
        shared.fresh.remove(article.id)
        shared.message = nil
        if let link = shared.pendingLink, link.id == article.id {
            shared.pendingLink = nil
            return apply(ArticleScreen.openingLinked(article, fragment: link.fragment, shared: &shared))
        }
        // The library highlights the article in its list before the article screen opens.
        broadcast(.articleLoaded(article))
        let update = ArticleScreen.opening(article, readingList: request.readingList, shared: shared)
        shared.opensOverCurrentArticle = false
        return apply(update)
    }
}
