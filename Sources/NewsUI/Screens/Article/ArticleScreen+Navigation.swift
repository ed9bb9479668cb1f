import NewsCore

/// Selecting references and links, following footnotes and coming back, searching: the
/// reader's moves, each returning what the status line should say (nil: nothing to say).
extension ArticleScreen {
    // MARK: - Selection

    /// Selects the next reference or link in reading order; the first time (or when the
    /// selection is off screen) the first one at or below the top of the screen.
    mutating func selectNext(page: Int) -> String? {
        guard !targets.isEmpty else { return "This article has no footnote references, links or images" }
        var next: Int
        if let index = selectedTargetIndex, isVisible(targets[index].line, page: page) {
            next = index + 1
        } else {
            next = targets.firstIndex { $0.line >= top } ?? targets.count
        }
        var note: String?
        if next >= targets.count {
            next = 0
            note = "Wrapped to the first reference"
        }
        select(next, page: page)
        return note
    }

    /// Selects the previous reference or link; the first time (or when the selection is off
    /// screen) the last one at or above the bottom of the screen.
    mutating func selectPrevious(page: Int) -> String? {
        guard !targets.isEmpty else { return "This article has no footnote references, links or images" }
        var previous: Int
        if let index = selectedTargetIndex, isVisible(targets[index].line, page: page) {
            previous = index - 1
        } else {
            previous = targets.lastIndex { $0.line < top + page } ?? -1
        }
        var note: String?
        if previous < 0 {
            previous = targets.count - 1
            note = "Wrapped to the last reference"
        }
        select(previous, page: page)
        return note
    }

    private mutating func select(_ index: Int, page: Int) {
        selection = targets[index].kind
        reveal(line: targets[index].line, page: page)
    }

    /// Whether `line` is on a screen of `page` rows.
    func isVisible(_ line: Int, page: Int) -> Bool { line >= top && line < top + page }

    // MARK: - Jumps

    /// Jumps from the selected reference to its definition, remembering where it was.
    mutating func followReference(_ index: Int, page: Int) -> String? {
        let reference = rendered.anchors.footnoteReferences[index]
        guard let definition = rendered.anchors.definition(for: reference) else {
            return "[\(reference.label)] has no definition"
        }
        jumps.append(JumpMark(position: position, top: top, width: rendered.width,
                              selection: selection, highlightedLabel: highlightedLabel))
        highlightedLabel = definition.label
        top = definition.line
        clampTop(page: page)
        return nil
    }

    /// Jumps to the element or heading a `#id` link names, remembering where it was.
    mutating func followInPageLink(_ url: String, page: Int) -> String? {
        guard let target = rendered.anchors.target(forFragment: url) else {
            return "\(url) is not in this article"
        }
        jumps.append(JumpMark(position: position, top: top, width: rendered.width,
                              selection: selection, highlightedLabel: highlightedLabel))
        top = target.line
        clampTop(page: page)
        return nil
    }

    /// Comes back to where the last jump started; several jumps unwind in order.
    mutating func jumpBack(page: Int) -> String? {
        guard let mark = jumps.popLast() else { return "No jump to go back from" }
        top = mark.width == rendered.width ? mark.top : rendered.line(for: mark.position)
        selection = mark.selection
        highlightedLabel = mark.highlightedLabel
        clampTop(page: page)
        return nil
    }

    /// The URL `o` opens: the selected reference's citation URL or the selected link's.
    func selectedURL() -> Result<String, OpenProblem> {
        switch selection {
        case nil:
            return .failure(.nothingSelected)
        case .reference(let index)?:
            let label = rendered.anchors.footnoteReferences[index].label
            guard let url = citation(forReference: index)?.url, !url.isEmpty else { return .failure(.noURL(label)) }
            return .success(url)
        case .link(let index)?:
            return .success(rendered.anchors.links[index].url)
        case .image(let index)?:
            return .success(images[index].reference)
        case .related?:
            return .failure(.relatedArticle)
        }
    }

    /// Why `o` has nothing to open.
    enum OpenProblem: Error, Equatable {
        case nothingSelected
        case noURL(String)
        /// A related article is opened with Enter; it has no URL.
        case relatedArticle

        var message: String {
            switch self {
            case .nothingSelected: return "Nothing selected: Tab selects a footnote reference or link"
            case .noURL(let label): return "[\(label)] has no URL"
            case .relatedArticle: return "A related article: Enter opens it"
            }
        }
    }

    // MARK: - Search

    /// Searches the article and shows the first match at or below the top of the screen.
    mutating func startSearch(_ query: String, page: Int) -> String? {
        guard !query.isEmpty else {
            search = nil
            return nil
        }
        search = ArticleSearch(query: query, in: rendered)
        guard let found = search, !found.matches.isEmpty else { return "“\(query)” not found" }
        let first = found.firstMatch(atOrAfter: top)
        return showMatch(first < found.matches.count ? first : 0, page: page)
            ?? "\(found.matches.count) matches for “\(query)”"
    }

    /// Moves to the next (`forward`) or previous match, wrapping around the article.
    mutating func nextMatch(forward: Bool, page: Int) -> String? {
        guard let found = search else { return "No search yet: / searches the article" }
        guard !found.matches.isEmpty else { return "“\(found.query)” not found" }
        let count = found.matches.count
        var index: Int
        if let current = found.current {
            index = current + (forward ? 1 : -1)
        } else {
            let first = found.firstMatch(atOrAfter: top)
            index = forward ? first : first - 1
        }
        var note: String?
        if index >= count { index = 0; note = "Search wrapped to the top" }
        if index < 0 { index = count - 1; note = "Search wrapped to the bottom" }
        return showMatch(index, page: page) ?? note
    }

    private mutating func showMatch(_ index: Int, page: Int) -> String? {
        search?.current = index
        guard let line = search?.matches[index].line else { return nil }
        if !isVisible(line, page: page) {
            top = line
            clampTop(page: page)
        }
        return nil
    }
}
