import NewsCore

/// The interactive reader as a value: feed it messages, perform the effects it returns, draw
/// what it renders.
///
/// The runtime's loop is: decode a key → `update(.key(k))` → perform effects (feeding their
/// answers back through `update`) → `render()` → the backend draws the buffer. Screens form a
/// stack with the library at the bottom; `q` pops one, and quits from the library.
public struct ReaderApp: Sendable {
    public private(set) var width: Int
    public private(set) var height: Int
    /// Which action each key means on each screen; the help screen is generated from it.
    public var keymap: Keymap
    /// How eagerly CJK text may break in articles (the `line_break` setting).
    public var lineBreak: LineBreaker.Strictness = .strict
    /// How the library's list writes dates (the configuration's `date_format`).
    public var dateFormat: ArticleDateFormat

    var stack: [Screen] = [.library]
    var libraryState: LibraryState?
    var reader: ReaderState?
    var picker: PickerState?
    var linkList: LinkListState?
    var help: HelpState?
    var problemsTop = 0
    var message: StatusMessage?
    /// The article asked for with `loadArticle`, and the list it was opened from.
    var pending: (id: ArticleID, readingList: [ArticleID])?

    /// A reader for a terminal of `width`×`height`, showing "loading" until the library arrives.
    public init(width: Int, height: Int, keymap: Keymap = .standard, dateFormat: ArticleDateFormat = .standard) {
        self.width = width
        self.height = height
        self.keymap = keymap
        self.dateFormat = dateFormat
    }

    /// The library as last loaded, with the read marks, stars and positions of this session.
    public var library: LibrarySnapshot? { libraryState?.snapshot }

    /// The screen on top of the stack.
    var screen: Screen { stack.last ?? .library }

    /// Reacts to one message; returns what the runtime must do.
    public mutating func update(_ msg: Msg) -> [Effect] {
        switch msg {
        case .key(let key):
            message = nil
            return handleKey(key)
        case .mouse(let event):
            // Below the minimum size nothing is drawn but the notice: no click may act unseen.
            guard libraryState != nil, width >= Self.minimumWidth, height >= Self.minimumHeight else { return [] }
            message = nil
            return handleMouse(event)
        case .resized(let newWidth, let newHeight):
            resize(width: newWidth, height: newHeight)
        case .libraryLoaded(let snapshot):
            libraryLoaded(snapshot)
        case .articleLoaded(let article):
            return articleLoaded(article)
        case .articleLoadFailed(let id, let reason):
            if pending?.id == id { pending = nil }
            message = StatusMessage(text: "Could not open \(id): \(reason)", isError: true)
        case .searchFinished(let query, let results):
            searchFinished(query: query, results: results)
        case .searchFailed(let query, let reason):
            message = StatusMessage(text: "Search for “\(query)” failed: \(reason)", isError: true)
        case .urlOpened(let url, let opener):
            message = StatusMessage(text: "Opened \(url) with \(opener)")
        case .urlOpenFailed(let url, let reason):
            message = StatusMessage(text: "Could not open \(url): \(reason)", isError: true)
        case .clipboardCopied(let url):
            message = StatusMessage(text: "Copied \(url) (OSC 52: the terminal must allow clipboard writes)")
        case .clipboardFailed(let url, let reason):
            message = StatusMessage(text: "Could not copy \(url): \(reason)", isError: true)
        case .notice(let text):
            message = StatusMessage(text: text)
        case .quitRequested:
            return quitEffects()
        }
        return []
    }

    /// Draws the current screen.
    public func render() -> ScreenBuffer {
        var buffer = ScreenBuffer(width: width, height: height)
        if width < Self.minimumWidth || height < Self.minimumHeight {
            renderTooSmall(into: &buffer)
            return buffer
        }
        guard libraryState != nil else {
            buffer.put("正在载入… Loading the library", row: height / 2, column: 2, style: CellStyle(.dim))
            return buffer
        }
        switch screen {
        case .library: renderLibrary(into: &buffer)
        case .reader: renderReader(into: &buffer)
        case .picker:
            renderLibrary(into: &buffer)
            renderPicker(into: &buffer)
            renderStatus(prompt: nil, fallback: "type to filter  " + hints([.moveDown, .moveUp, .applyPick, .cancel], in: .picker),
                         into: &buffer)
        case .linkList: renderLinkList(into: &buffer)
        case .help: renderHelp(into: &buffer)
        case .problems: renderProblems(into: &buffer)
        }
        return buffer
    }

    static let minimumWidth = 20
    static let minimumHeight = 6

    // MARK: - Keys

    mutating func handleKey(_ key: KeyEvent) -> [Effect] {
        guard libraryState != nil else {
            return keymap.action(for: key, in: .library) == .quit ? [.quit] : []
        }
        switch screen {
        case .library: return libraryKey(key)
        case .reader: return readerKey(key)
        case .picker: return pickerKey(key)
        case .linkList: return linkListKey(key)
        case .help: return helpKey(key)
        case .problems: return problemsKey(key)
        }
    }

    /// Actions that mean the same on every screen; false when `action` is not one of them.
    mutating func handleCommon(_ action: Action, effects: inout [Effect]) -> Bool {
        switch action {
        case .quit:
            effects += goBack()
        case .quitNow:
            effects += quitEffects()
        case .help:
            help = HelpState(context: screen.keyContext)
            stack.append(.help)
        case .showProblems:
            problemsTop = 0
            stack.append(.problems)
        default:
            return false
        }
        return true
    }

    /// Pops one screen; from the library, quits.
    mutating func goBack() -> [Effect] {
        switch screen {
        case .library:
            return [.quit]
        case .reader:
            let effects = leaveReader()
            stack.removeLast()
            reader = nil
            return effects
        default:
            stack.removeLast()
            return []
        }
    }

    /// Saves the place in an open article, then quits.
    mutating func quitEffects() -> [Effect] {
        leaveReader() + [.quit]
    }

    // MARK: - Resize and loading

    private mutating func resize(width newWidth: Int, height newHeight: Int) {
        width = max(0, newWidth)
        height = max(0, newHeight)
        let page = libraryPage, textWidth = readerTextWidth, readerRows = readerPage
        if let library = libraryState {
            libraryState?.list.reveal(count: library.visible.count, page: page)
            libraryState?.pane.reveal(count: library.facetRows.count, page: page)
        }
        reader?.relayout(textWidth: textWidth, page: readerRows)
        // Overlays keep their highlighted entry in view at the new size.
        let pickerRows = pickerPage, linkRows = linkListPage
        if let count = picker?.matches.count { picker?.cursor.reveal(count: count, page: pickerRows) }
        if let count = linkList?.entries.count { linkList?.cursor.reveal(count: count, page: linkRows) }
        // Text pages re-wrap at the new width: keep their first line within the text.
        if let current = help {
            let top = scrolled(current.top, by: nil, total: helpLines(for: current.context).count)
            help?.top = top
        }
        if screen == .problems { problemsTop = scrolled(problemsTop, by: nil, total: problemLines().count) }
    }

    private mutating func libraryLoaded(_ snapshot: LibrarySnapshot) {
        var library = LibraryState(snapshot: snapshot)
        if let previous = libraryState {
            // A reload keeps what the user was looking at.
            library.filter = previous.filter
            library.focus = previous.focus
            library.list = previous.list
            library.pane = previous.pane
            library.refilter(page: libraryPage)
        }
        libraryState = library
        if !snapshot.problems.isEmpty {
            let files = Set(snapshot.problems.map(\.path)).count
            message = StatusMessage(text: "\(files) file\(files == 1 ? "" : "s") with problems: press ! to see them",
                                    isError: true)
        }
    }
}
