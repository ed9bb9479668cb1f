import NewsCore

/// Keys on the reader screen, and opening and leaving articles.
extension ReaderApp {
    /// Rows of article text: all but the top bar and the status line.
    var readerPage: Int { max(1, height - 2) }

    /// Columns the article is laid out for: one column of margin on each side.
    var readerTextWidth: Int { max(2, width - 2) }

    /// Handles one key in the reader: the search prompt first, then the keymap.
    mutating func readerKey(_ key: KeyEvent) -> [Effect] {
        guard reader != nil else { return goBack() }
        if var prompt = reader?.searchPrompt {
            switch prompt.handle(key) {
            case .editing:
                reader?.searchPrompt = prompt
            case .cancelled:
                reader?.searchPrompt = nil
            case .submitted(let query):
                reader?.searchPrompt = nil
                let page = readerPage
                note(reader?.startSearch(query, page: page))
            }
            return []
        }
        guard let action = keymap.action(for: key, in: .reader) else { return [] }
        var effects: [Effect] = []
        if handleCommon(action, effects: &effects) { return effects }
        let page = readerPage
        switch action {
        case .scrollDown: scrollReader(by: 1)
        case .scrollUp: scrollReader(by: -1)
        case .scrollPageDown: scrollReader(by: page)
        case .scrollPageUp: scrollReader(by: -page)
        case .scrollToTop: scrollReader(by: -Int.max / 2)
        case .scrollToBottom: scrollReader(by: Int.max / 2)
        case .selectNext: note(reader?.selectNext(page: page))
        case .selectPrevious: note(reader?.selectPrevious(page: page))
        case .followSelection: return followSelection()
        case .jumpBack: note(reader?.jumpBack(page: page))
        case .openURL: return openSelectedURL()
        case .copyURL: return copySelectedURL()
        case .showLinks:
            if let reader {
                linkList = LinkListState(reader: reader)
                stack.append(.linkList)
            }
        case .searchArticle: reader?.searchPrompt = TextPrompt(prompt: "/")
        case .nextMatch: note(reader?.nextMatch(forward: true, page: page))
        case .previousMatch: note(reader?.nextMatch(forward: false, page: page))
        case .nextArticle: return openNeighbour(offset: 1)
        case .previousArticle: return openNeighbour(offset: -1)
        case .toggleStar: if let id = reader?.article.id { return toggleStar(id) }
        case .toggleRead: if let id = reader?.article.id { return toggleRead(id) }
        case .cancel:
            reader?.selection = nil
            reader?.search = nil
            reader?.highlightedLabel = nil
        default: break
        }
        return []
    }

    /// Shows `text` on the status line, if there is something to say.
    private mutating func note(_ text: String?) {
        if let text { message = StatusMessage(text: text) }
    }

    /// Scrolls by `delta` lines, never past either end.
    mutating func scrollReader(by delta: Int) {
        guard let current = reader?.top else { return }
        reader?.top = delta > 0 ? current &+ delta : max(0, current &+ delta)
        let page = readerPage
        reader?.clampTop(page: page)
    }

    /// Enter: a reference jumps to its definition, a link opens.
    mutating func followSelection() -> [Effect] {
        switch reader?.selection {
        case .reference(let index)?:
            let page = readerPage
            note(reader?.followReference(index, page: page))
            return []
        case .link?:
            return openSelectedURL()
        case nil:
            note(ReaderState.OpenProblem.nothingSelected.message)
            return []
        }
    }

    private mutating func openSelectedURL() -> [Effect] {
        guard let reader else { return [] }
        switch reader.selectedURL() {
        case .success(let url):
            message = StatusMessage(text: "Opening \(url)…")
            return [.openURL(url)]
        case .failure(let problem):
            message = StatusMessage(text: problem.message, isError: problem != .nothingSelected)
            return []
        }
    }

    /// `y`: the selected link's or citation's URL to the clipboard.
    private mutating func copySelectedURL() -> [Effect] {
        guard let reader else { return [] }
        switch reader.selectedURL() {
        case .success(let url):
            return [.copyToClipboard(url)]
        case .failure(let problem):
            message = StatusMessage(text: problem.message, isError: problem != .nothingSelected)
            return []
        }
    }

    /// J/K: leaves this article (saving the place) and asks for its neighbour in the list it
    /// was opened from.
    private mutating func openNeighbour(offset: Int) -> [Effect] {
        guard let reader else { return [] }
        let list = reader.readingList
        guard let index = reader.readingIndex, list.indices.contains(index + offset) else {
            message = StatusMessage(text: offset > 0 ? "This is the last article of the list" : "This is the first article of the list")
            return []
        }
        return leaveReader() + requestArticle(list[index + offset], readingList: list)
    }

    // MARK: - Opening and leaving

    /// Opens an article the runtime loaded (if it is the one last asked for), at its saved
    /// place, and marks it read.
    mutating func articleLoaded(_ article: Article) -> [Effect] {
        guard let request = pending, request.id == article.id else { return [] }
        pending = nil
        message = nil
        let position = libraryState?.readState.positions[article.id]
        var opened = ReaderState(article: article, textWidth: readerTextWidth, position: position,
                                 readingList: request.readingList, lineBreak: lineBreak)
        opened.clampTop(page: readerPage)
        reader = opened
        if screen != .reader {
            stack.removeAll { $0 != .library }
            stack.append(.reader)
        }
        if let library = libraryState, let row = library.visibleIDs.firstIndex(of: article.id) {
            let page = libraryPage
            libraryState?.list.select(row, count: library.visible.count, page: page)
        }
        guard libraryState?.readState.read.contains(article.id) == false else { return [] }
        setRead(article.id, true)
        return [.setRead(article.id, true)]
    }

    /// Remembers where reading stopped in the open article (in memory and through the
    /// runtime); nothing when no article is open.
    mutating func leaveReader() -> [Effect] {
        guard stack.contains(.reader), let reader else { return [] }
        let position = reader.position
        libraryState?.snapshot.readState.positions[reader.article.id] = position
        return [.savePosition(reader.article.id, position)]
    }
}
