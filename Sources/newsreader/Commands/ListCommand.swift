import ArgumentParser
import NewsCore
import NewsStore

/// `newsreader list`: the articles, newest first, optionally filtered by tags and topics.
struct ListCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "list",
        abstract: "List articles, newest first.",
        discussion: "Filters combine: an article must carry every --tag and every --topic given.")

    @OptionGroup var libraryOptions: LibraryOptions

    @Option(name: .customLong("tag"), help: ArgumentHelp("Only articles with this tag (repeatable).", valueName: "TAG"))
    var tags: [String] = []

    @Option(name: .customLong("topic"), help: ArgumentHelp("Only articles with this topic (repeatable).", valueName: "TOPIC"))
    var topics: [String] = []

    @Flag(help: "Include drafts.")
    var drafts = false

    @Flag(help: "Print JSON: [{id, path, title, date, draft, summary, tags, topics, footnotes}].")
    var json = false

    func run() throws {
        try reportingFailures {
            let library = try libraryOptions.load()
            let articles = library.articles(matching: ArticleFilter(tags: tags, topics: topics, includeDrafts: drafts))
            if json {
                try JSONOutput.write(articles.map(ArticleJSON.init))
            } else {
                writeOutput(ArticleTable.text(for: articles))
            }
        }
    }
}

/// The human form of `list`: `date  title  #tags`, columns aligned by display width.
enum ArticleTable {
    static let maximumTitleWidth = 48

    static func text(for articles: [Article]) -> String {
        let titles = articles.map { TextColumns.truncate(TerminalText.sanitize($0.title), toWidth: maximumTitleWidth) }
        let titleWidth = titles.map { DisplayWidth.of($0) }.max() ?? 0
        var output = ""
        for (article, title) in zip(articles, titles) {
            let draft = article.isDraft ? " [草稿]" : ""
            let tags = article.tags.prefix(4).map { "#" + TerminalText.sanitize($0) }.joined(separator: " ")
            output += article.date.day + "  " + TextColumns.pad(title, toWidth: titleWidth) + "  " + tags + draft
            output += "\n"
        }
        return output
    }
}
