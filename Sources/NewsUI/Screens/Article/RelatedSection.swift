import NewsCore
import NewsReading

/// `相关文章 Related`: up to five articles like the open one, listed after its references, each
/// a target Tab reaches and Enter opens (issue #17). No related articles, no section.
enum RelatedSection {
    /// The most related articles shown.
    static let limit = 5

    /// The articles of `snapshot` most related to `id`, best first: ranked over the listing's
    /// facets, then the titles of the few shown read from its rows.
    static func articles(relatedTo id: ArticleID, in snapshot: LibrarySnapshot) -> [RelatedArticle] {
        let listing = snapshot.listing
        let related = RelatedArticles(snapshot.listablePositions.map(listing.relatedProfile(at:))).related(to: id, limit: limit)
        guard !related.isEmpty else { return [] }
        var positions: [ArticleID: Int] = [:]
        let wanted = Set(related.map(\.id))
        for position in listing.ids.indices where wanted.contains(listing.ids[position]) {
            if positions[listing.ids[position]] == nil { positions[listing.ids[position]] = position }
        }
        let summaries = snapshot.rows.summaries(at: related.compactMap { positions[$0.id] })
        return related.compactMap { article in
            guard let title = positions[article.id].flatMap({ summaries[$0]?.title }) else { return nil }
            var titled = article
            titled.title = title
            return titled
        }
    }

    /// Appends the section to `rendered` (a blank line, the heading, one line per article) and
    /// returns each article's target: its line, and the columns of its title.
    static func append(_ related: [RelatedArticle], to rendered: inout RenderedArticle) -> [ArticleTarget] {
        guard !related.isEmpty else { return [] }
        let block = (rendered.lineInfo.last?.position.block ?? 0) + 1
        func add(_ line: StyledLine, offset: Int) {
            rendered.lines.append(line)
            rendered.lineInfo.append(RenderedLineInfo(position: ReadingPosition(block: block, offset: offset), kind: .decoration))
        }
        add(StyledLine(), offset: 0)
        let title = "相关文章 Related"
        add(StyledLine([StyledSpan(title, style: [.bold, .heading, .underline])]), offset: 0)
        var targets: [ArticleTarget] = []
        for (index, article) in related.enumerated() {
            let bullet = "• ", date = "  " + article.date.day
            let room = max(1, rendered.width - DisplayWidth.of(bullet) - DisplayWidth.of(date))
            let shown = DisplayWidth.truncate(TerminalText.sanitize(article.title), toWidth: room)
            targets.append(ArticleTarget(kind: .related(index), line: rendered.lines.count, column: DisplayWidth.of(bullet),
                                         width: max(1, DisplayWidth.of(shown))))
            add(StyledLine([StyledSpan(bullet, style: .dim), StyledSpan(shown, style: .link), StyledSpan(date, style: .dim)]),
                offset: index + 1)
        }
        return targets
    }
}
