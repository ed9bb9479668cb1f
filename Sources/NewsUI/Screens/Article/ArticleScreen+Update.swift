import NewsCore
import NewsReading

/// What the reader does with keys and clicks, and opening and leaving articles.
extension ArticleScreen {
    /// Rows of article text: all but the top bar and the status line.
    static func page(_ shared: SharedState) -> Int { max(1, shared.height - 2) }

    /// Columns the article is laid out for: one column of margin on each side, and no more than
    /// the measure (``SharedState/textWidth``).
    static func textWidth(_ shared: SharedState) -> Int {
        TextMeasure.bodyWidth(available: max(2, shared.width - 2), textWidth: shared.textWidth)
    }

    /// Opens a loaded article at its saved place, marking it read; it replaces any open article,
    /// unless it was chosen in a Related section: then it opens over the article it came from,
    /// which Backspace returns to.
    static func opening(_ article: Article, readingList: [ArticleID], shared: SharedState) -> ScreenUpdate {
        var screen = screen(for: article, at: shared.snapshot.readState.positions[article.id], readingList: readingList, shared: shared)
        screen.returnsOnBack = shared.opensOverCurrentArticle
        return screen.presented(shared: shared, navigation: screen.returnsOnBack ? .push(screen) : .replace(screen))
    }

    /// Opens an article a link led to over the one it was followed from, at the link's
    /// `#fragment` when the article has that target.
    static func openingLinked(_ article: Article, fragment: String?, shared: inout SharedState) -> ScreenUpdate {
        var screen = screen(for: article, at: nil, readingList: [article.id], shared: shared)
        screen.returnsOnBack = true
        if let fragment {
            if let target = screen.rendered.anchors.target(forFragment: fragment) {
                screen.top = target.line
                screen.clampTop(page: page(shared))
            } else {
                shared.note("#\(fragment) is not in this article")
            }
        }
        return screen.presented(shared: shared, navigation: .push(screen))
    }

    /// `article` laid out for the current size, with its Related section, at `position`.
    private static func screen(for article: Article, at position: ReadingPosition?, readingList: [ArticleID],
                               shared: SharedState) -> ArticleScreen {
        var screen = ArticleScreen(article: article, textWidth: textWidth(shared), position: position,
                                   readingList: readingList, lineBreak: shared.lineBreak,
                                   related: RelatedSection.articles(relatedTo: article.id, in: shared.snapshot))
        screen.clampTop(page: page(shared))
        screen.shownRows = page(shared)
        return screen
    }

    /// What showing this screen takes: marking the article read and asking for its pictures.
    private func presented(shared: SharedState, navigation: Navigation) -> ScreenUpdate {
        var effects: [Effect] = shared.snapshot.readState.read.contains(article.id) ? [] : [.setRead(article.id, true)]
        effects += pictureRequests(shared).map { .drawPicture($0) }
        return ScreenUpdate(effects: effects, navigation: navigation)
    }

    /// The same screen showing `article`, the new version of its file, at the same place.
    func reloaded(with article: Article, shared: SharedState) -> ArticleScreen {
        var screen = ArticleScreen(article: article, textWidth: Self.textWidth(shared), position: position,
                                   readingList: readingList, lineBreak: lineBreak, related: related)
        screen.returnsOnBack = returnsOnBack
        screen.shownRows = shownRows
        screen.searchPrompt = searchPrompt
        screen.clampTop(page: Self.page(shared))
        return screen
    }

    /// Remembers where reading stopped. With the end of the article on screen that is the end
    /// itself (its last line), so an article read to the end is not `◐ 在读 In progress`; reopened,
    /// it shows the same screen, the top clamped as before.
    func leave() -> [Effect] {
        let endIsShown = top >= maxTop(page: shownRows) && !rendered.lines.isEmpty
        return [.savePosition(article.id, endIsShown ? rendered.position(atLine: rendered.lines.count - 1) : position)]
    }

    // MARK: - Keys

    /// The `/` prompt takes every key while it is open.
    mutating func takeKey(_ key: KeyEvent, shared: inout SharedState) -> ScreenUpdate? {
        guard var prompt = searchPrompt else { return nil }
        switch prompt.handle(key) {
        case .editing:
            searchPrompt = prompt
        case .cancelled:
            searchPrompt = nil
        case .submitted(let query):
            searchPrompt = nil
            shared.note(startSearch(query, page: Self.page(shared)))
        }
        return ScreenUpdate.none
    }

    mutating func perform(_ action: Action, shared: inout SharedState) -> ScreenUpdate {
        let page = Self.page(shared)
        shownRows = page
        switch action {
        case .scrollDown: scroll(by: 1, page: page)
        case .scrollUp: scroll(by: -1, page: page)
        case .scrollPageDown: scroll(by: page, page: page)
        case .scrollPageUp: scroll(by: -page, page: page)
        case .scrollToTop: scroll(by: -Int.max / 2, page: page)
        case .scrollToBottom: scroll(by: Int.max / 2, page: page)
        case .selectNext: shared.note(selectNext(page: page))
        case .selectPrevious: shared.note(selectPrevious(page: page))
        case .followSelection: return followSelection(shared: &shared)
        case .jumpBack:
            // Back from an article a link opened: the article the link was in, as it was left.
            if jumps.isEmpty && returnsOnBack { return .pop }
            shared.note(jumpBack(page: page))
        case .openURL: return .effects(openSelectedURL(shared: &shared))
        case .copyURL: return .effects(copySelectedURL(shared: &shared))
        case .showLinks: return .push(LinkListScreen(article: self))
        case .showOutline: return .push(OutlineScreen(article: self))
        case .searchArticle: searchPrompt = TextPrompt(prompt: "/")
        case .nextMatch: shared.note(nextMatch(forward: true, page: page))
        case .previousMatch: shared.note(nextMatch(forward: false, page: page))
        case .nextArticle: return .effects(openNeighbour(offset: 1, shared: &shared))
        case .previousArticle: return .effects(openNeighbour(offset: -1, shared: &shared))
        case .toggleStar: return .effects(shared.toggleStar(article.id))
        case .toggleRead: return .effects(shared.toggleRead(article.id))
        case .cancel:
            selection = nil
            search = nil
            highlightedLabel = nil
        default: break
        }
        return ScreenUpdate.none
    }

    /// A resize lays the article out again at the new width, keeping the place.
    mutating func receive(_ msg: Msg, shared: inout SharedState) {
        switch msg {
        case .resized:
            shownRows = Self.page(shared)
            relayout(textWidth: Self.textWidth(shared), page: shownRows)
        case .pictureDrawn(let request, let cells): showPicture(cells, for: request, shared: &shared)
        case .pictureFailed(let request, _): pictureFailed(request)
        default: break
        }
    }

    /// Scrolls by `delta` lines, never past either end.
    mutating func scroll(by delta: Int, page: Int) {
        top = delta > 0 ? top &+ delta : max(0, top &+ delta)
        clampTop(page: page)
    }

    /// Enter: a reference jumps to its definition, a link opens, an image shows full screen.
    mutating func followSelection(shared: inout SharedState) -> ScreenUpdate {
        switch selection {
        case .image(let index)?:
            return ImageScreen.opening(article: article, image: index, shared: shared)
        case .reference(let index)?:
            shared.note(followReference(index, page: Self.page(shared)))
            return ScreenUpdate.none
        case .link(let index)?:
            return followLink(rendered.anchors.links[index].url, shared: &shared)
        case .related(let index)?:
            // The place here is kept; the related article opens over this one.
            shared.opensOverCurrentArticle = true
            return .effects(leave() + shared.requestArticle(related[index].id, readingList: readingList))
        case nil:
            shared.note(OpenProblem.nothingSelected.message)
            return ScreenUpdate.none
        }
    }

    /// A link within the page jumps there (Backspace returns); a link to another article of the
    /// library opens it over this one; anything else goes to the browser.
    private mutating func followLink(_ url: String, shared: inout SharedState) -> ScreenUpdate {
        if url.hasPrefix("#") {
            shared.note(followInPageLink(url, page: Self.page(shared)))
            return ScreenUpdate.none
        }
        let library = InternalLinkResolver(articles: shared.snapshot.listedPaths().map { ($0.id, $0.path) },
                                           addresses: shared.snapshot.rows.siteAddresses())
        if let found = library.resolve(url, from: article.path) {
            if found.id == article.id {
                shared.note(found.fragment.flatMap { followInPageLink("#" + $0, page: Self.page(shared)) })
                return ScreenUpdate.none
            }
            return .effects(shared.requestLinkedArticle(found.id, fragment: found.fragment))
        }
        return .effects(openSelectedURL(shared: &shared))
    }

    private func openSelectedURL(shared: inout SharedState) -> [Effect] {
        if case .image(let index)? = selection {
            shared.message = StatusMessage(text: "Opening \(images[index].reference)…")
            return [.openImage(articlePath: article.path, reference: images[index].reference)]
        }
        switch selectedURL() {
        case .success(let url):
            shared.message = StatusMessage(text: "Opening \(url)…")
            return [.openURL(url)]
        case .failure(let problem):
            shared.message = StatusMessage(text: problem.message, isError: problem != .nothingSelected)
            return []
        }
    }

    /// `y`: the selected link's or citation's URL to the clipboard.
    private func copySelectedURL(shared: inout SharedState) -> [Effect] {
        switch selectedURL() {
        case .success(let url):
            return [.copyToClipboard(url)]
        case .failure(let problem):
            shared.message = StatusMessage(text: problem.message, isError: problem != .nothingSelected)
            return []
        }
    }

    /// J/K: leaves this article (saving the place) and asks for its neighbour in the list it
    /// was opened from.
    private func openNeighbour(offset: Int, shared: inout SharedState) -> [Effect] {
        guard let index = readingIndex, readingList.indices.contains(index + offset) else {
            shared.message = StatusMessage(text: offset > 0 ? "This is the last article of the list"
                                                            : "This is the first article of the list")
            return []
        }
        return leave() + shared.requestArticle(readingList[index + offset], readingList: readingList)
    }

    // MARK: - Mouse

    /// The wheel scrolls; a click on a footnote marker follows it, a click on a link selects
    /// it and a second click opens it (a stray click never starts the browser).
    mutating func handleMouse(_ event: MouseEvent, shared: inout SharedState) -> ScreenUpdate {
        guard searchPrompt == nil else { return ScreenUpdate.none }
        let page = Self.page(shared)
        switch event.kind {
        case .wheelDown: scroll(by: MouseEvent.wheelStep, page: page)
        case .wheelUp: scroll(by: -MouseEvent.wheelStep, page: page)
        case .press:
            guard (1...page).contains(event.row) else { return ScreenUpdate.none }
            // Screen row 1 is the article's line `top`; text starts after a one-column margin.
            let line = top + event.row - 1, column = event.column - 1
            guard let target = targets.first(where: { target in
                target.segments.contains { $0.line == line && $0.columns.contains(column) }
            }) else { return ScreenUpdate.none }
            let again = selection == target.kind
            selection = target.kind
            if case .reference = target.kind { return followSelection(shared: &shared) }
            return again ? followSelection(shared: &shared) : ScreenUpdate.none
        }
        return ScreenUpdate.none
    }
}
