import NewsCore
import NewsReading

/// The reader: one open article, its rendering at the current width, where it is scrolled to,
/// the selected reference or link, the jump stack and the search.
///
/// The rendering is kept here and redone only when the width changes, so a scroll costs what
/// the visible rows cost, not what the article costs.
struct ArticleScreen: Screen, Equatable {
    static let keyContext = KeyContext.reader
    static let title = "阅读 Reader"
    static let typingHelp = TypingHelp(after: [TextPrompt.help])

    var article: Article
    private(set) var rendered: RenderedArticle
    /// Selectable references, links and images, in reading order.
    private(set) var targets: [ArticleTarget]
    /// Where each anchor is in ``targets``, so drawing the selection costs no scan.
    private var targetIndex: [ArticleTarget.Kind: Int]
    /// The first line shown; moving it forgets the place kept across resizes.
    var top = 0 {
        didSet { if top != oldValue { keptPosition = nil } }
    }
    /// The place a resize kept, so several resizes in a row do not drift (each layout's top
    /// line starts at or before it, and taking the position again from there would lose the rest).
    private var keptPosition: ReadingPosition?
    var selection: ArticleTarget.Kind?
    var jumps: [JumpMark] = []
    /// Opened over the article beneath, by following a link or from its Related section:
    /// Backspace with no jump left goes back to it.
    var returnsOnBack = false
    /// The footnote definition shown highlighted after a jump, by label.
    var highlightedLabel: String?
    var search: ArticleSearch?
    var searchPrompt: TextPrompt?
    /// The list the article was opened from, for J/K.
    var readingList: [ArticleID]
    /// The article's place in ``readingList``.
    let readingIndex: Int?
    /// The line-break strictness every layout of this article uses.
    let lineBreak: LineBreaker.Strictness
    /// The pictures drawn so far, by their place in `ArticleImage.all(in:)` (ArticleScreen+Picture).
    var pictures: [Int: ShownPicture] = [:]
    /// `约 3 分钟 · 1060 字`: the reading time and length the title bar shows.
    let readingNote: String
    /// The articles of the `相关文章 Related` section, drawn after the references.
    let related: [RelatedArticle]
    /// Rows of text on screen when last known (for telling whether the end is shown on leaving).
    var shownRows = 1

    /// Lays `article` out for a body of `textWidth` columns, scrolled to `position`.
    init(article: Article, textWidth: Int, position: ReadingPosition?, readingList: [ArticleID],
         lineBreak: LineBreaker.Strictness = .strict, related: [RelatedArticle] = []) {
        self.article = article
        self.lineBreak = lineBreak
        self.related = related
        let time = ReadingTime(document: article.document)
        readingNote = "约 \(time.minutes) 分钟 · \(time.characters) 字"
        (rendered, targets, targetIndex) = Self.laidOut(article, width: textWidth, lineBreak: lineBreak, related: related, pictures: [:])
        self.readingList = readingList
        readingIndex = readingList.firstIndex(of: article.id)
        if let position { top = rendered.line(for: position) }
    }

    /// The article laid out with the pictures drawn so far and its Related section, its
    /// selectable anchors and where each one is in the list.
    private static func laidOut(_ article: Article, width: Int, lineBreak: LineBreaker.Strictness, related: [RelatedArticle],
                                pictures: [Int: ShownPicture]) -> (RenderedArticle, [ArticleTarget], [ArticleTarget.Kind: Int]) {
        var rendered = layout(article, textWidth: width, lineBreak: lineBreak, pictures: pictures)
        let targets = ArticleTarget.targets(in: rendered, imageCount: ArticleImage.all(in: article).count) + RelatedSection.append(related, to: &rendered)
        let index = Dictionary(targets.enumerated().map { ($1.kind, $0) }, uniquingKeysWith: { first, _ in first })
        return (rendered, targets, index)
    }

    /// Where the top of the screen is, independent of the width.
    var position: ReadingPosition { keptPosition ?? rendered.position(atLine: top) }

    /// Lays the article out again at a new width, keeping the reading position, the selection
    /// and the search.
    mutating func relayout(textWidth: Int, page: Int) {
        guard textWidth != rendered.width else { return clampTop(page: page) }
        reflow(textWidth: textWidth, page: page)
    }

    /// Lays the article out again (a new width, or its picture arrived), keeping the reading
    /// position, the selection and the search.
    mutating func reflow(textWidth: Int, page: Int) {
        let kept = position
        (rendered, targets, targetIndex) = Self.laidOut(article, width: textWidth, lineBreak: lineBreak, related: related, pictures: pictures)
        top = rendered.line(for: kept)
        if let query = search?.query { search = ArticleSearch(query: query, in: rendered) }
        clampTop(page: page)
        keptPosition = kept
    }

    /// The last line that can be at the top: the article's end stays at the screen's bottom.
    func maxTop(page: Int) -> Int { max(0, rendered.lines.count - max(1, page)) }

    /// Keeps the top line between the first line and ``maxTop(page:)``.
    mutating func clampTop(page: Int) {
        top = max(0, min(top, maxTop(page: page)))
    }

    /// Scrolls so `line` is on screen, moving as little as possible.
    mutating func reveal(line: Int, page: Int) {
        if line < top { top = line }
        if line >= top + page { top = line - page + 1 }
        clampTop(page: page)
    }

    /// The index in ``targets`` of the selection, if something is selected.
    var selectedTargetIndex: Int? {
        selection.flatMap { targetIndex[$0] }
    }

    var selectedTarget: ArticleTarget? { selectedTargetIndex.map { targets[$0] } }

    /// The citation a footnote reference points at.
    func citation(forReference index: Int) -> Citation? {
        let key = LinkLabel.normalize(rendered.anchors.footnoteReferences[index].label)
        return article.citations.first { LinkLabel.normalize($0.label) == key }
    }

    /// Lines of the highlighted definition: from its first line to the next definition's.
    var highlightedLines: Range<Int>? {
        guard let label = highlightedLabel else { return nil }
        let key = LinkLabel.normalize(label)
        let definitions = rendered.anchors.footnoteDefinitions
        guard let index = definitions.firstIndex(where: { LinkLabel.normalize($0.label) == key }) else { return nil }
        var end = index + 1 < definitions.count ? definitions[index + 1].line : rendered.lines.count
        while end > definitions[index].line + 1 && rendered.lines[end - 1].text.allSatisfy({ $0 == " " }) { end -= 1 }
        return definitions[index].line..<max(definitions[index].line + 1, end)
    }

    /// How far down the article the bottom of the screen is: `42%`.
    func percent(page: Int) -> Int {
        let total = rendered.lines.count
        guard total > 0 else { return 100 }
        return min(100, (min(total, top + page) * 100) / total)
    }
}

extension ArticleScreen: CustomStringConvertible {
    /// `reader(article: 2025/06/a, top: 42, selection: reference(0), jumps: 1)`: short enough
    /// for a failing test to print.
    var description: String {
        "reader(article: \(article.id), top: \(top), selection: \(selection.map { "\($0)" } ?? "none"), jumps: \(jumps.count))"
    }
}
