import NewsCore
import NewsUI

/// The human form of `list`: `date  title  #tags`, columns aligned by display width.
enum ArticleTable {
    static let maximumTitleWidth = 48

    /// With colour, in the theme's roles: dates `dim`, tags `tag`, the draft mark `error` (the
    /// title keeps the terminal's look).
    static func text(for articles: [ArticleSummary], dateFormat: ArticleDateFormat = .standard,
                     painter: Painter = .plain) -> String {
        let titles = articles.map { TextColumns.truncate(TerminalText.sanitize($0.title), toWidth: maximumTitleWidth) }
        let titleWidth = titles.map { DisplayWidth.of($0) }.max() ?? 0
        var output = ""
        for (article, title) in zip(articles, titles) {
            let draft = article.isDraft ? " " + painter.paint("[草稿]", .error) : ""
            let tags = article.tags.prefix(4).map { painter.paint("#" + $0, .tag) }.joined(separator: " ")
            output += painter.paint(dateFormat.string(for: article.date), .dim) + "  "
                + TextColumns.pad(title, toWidth: titleWidth) + "  " + tags + draft
            output += "\n"
        }
        return output
    }
}
