import ArgumentParser
import NewsCore
import NewsStore

/// `newsreader list`: the articles, newest first, optionally filtered by tags, topics and state.
struct ListCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "list",
        abstract: "List articles, newest first.",
        discussion: """
            Filters combine: an article must carry every --tag, --topic and --term given. Terms match \
            as Hugo merges them: case and full-width/half-width forms do not matter.
            """)

    @OptionGroup var libraryOptions: LibraryOptions

    @Option(name: .customLong("tag"), help: ArgumentHelp("Only articles with this tag (repeatable).", valueName: "TAG"))
    var tags: [String] = []

    @Option(name: .customLong("topic"), help: ArgumentHelp("Only articles with this topic (repeatable).", valueName: "TOPIC"))
    var topics: [String] = []

    @Option(name: .customLong("term"), help: ArgumentHelp(
        "Only articles with this term of a taxonomy, e.g. series=Go (repeatable; see `newsreader terms`).",
        valueName: "TAXONOMY=VALUE"))
    var terms: [String] = []

    @Flag(help: "Include drafts (also: show_drafts = true in the config file).")
    var drafts = false

    @Flag(help: "Only articles not marked read.")
    var unread = false

    @Flag(help: "Only starred articles.")
    var starred = false

    @Flag(help: "Print JSON: [{id, path, title, date, draft, summary, tags, topics, terms: {TAXONOMY: [values]}, footnotes, read, starred}].")
    var json = false

    @OptionGroup var colorOptions: ColorOptions

    func run() throws {
        try reportingFailures {
            let configuration = try libraryOptions.configuration()
            let catalog = try libraryOptions.openCatalog(configuration: configuration)
            let state = catalog.state
            let includeDrafts = drafts || configuration.showDrafts
            var filter = ArticleFilter(tags: tags, topics: topics, includeDrafts: includeDrafts)
            try TermArgument.add(terms, to: &filter, taxonomies: catalog.taxonomies)
            let summaries = catalog.summaries(matching: catalog.terms.spelled(filter))
                .filter { (!unread || !state.read.contains($0.id)) && (!starred || state.starred.contains($0.id)) }
            if json {
                try JSONOutput.write(summaries.map {
                    SummaryJSON(summary: $0, read: state.read.contains($0.id), starred: state.starred.contains($0.id))
                })
            } else {
                writeOutput(ArticleTable.text(for: summaries, dateFormat: configuration.dateFormat, painter: colorOptions.painter))
            }
        }
    }
}

/// An article in `list --json`, from the index (no parse), with the user's marks.
struct SummaryJSON: Encodable {
    let summary: ArticleSummary
    let read: Bool
    let starred: Bool

    private enum Keys: String, CodingKey {
        case id, path, title, date, draft, summary, tags, topics, terms, footnotes, read, starred
    }

    func encode(to encoder: Encoder) throws {
        var container = encoder.container(keyedBy: Keys.self)
        try container.encode(summary.id, forKey: .id)
        try container.encode(summary.path, forKey: .path)
        try container.encode(summary.title, forKey: .title)
        try container.encode(summary.date.iso8601, forKey: .date)
        try container.encode(summary.isDraft, forKey: .draft)
        try container.encode(summary.summary, forKey: .summary)
        try container.encode(summary.tags, forKey: .tags)
        try container.encode(summary.topics, forKey: .topics)
        try container.encode(summary.terms, forKey: .terms)
        try container.encode(summary.footnoteCount, forKey: .footnotes)
        try container.encode(read, forKey: .read)
        try container.encode(starred, forKey: .starred)
    }
}

/// The human form of `list`: `date  title  #tags`, columns aligned by display width.
enum ArticleTable {
    static let maximumTitleWidth = 48

    /// With colour: dates dim, tags cyan, the draft mark red (the title keeps the terminal's look).
    static func text(for articles: [ArticleSummary], dateFormat: ArticleDateFormat = .standard,
                     painter: Painter = Painter(enabled: false)) -> String {
        let titles = articles.map { TextColumns.truncate(TerminalText.sanitize($0.title), toWidth: maximumTitleWidth) }
        let titleWidth = titles.map { DisplayWidth.of($0) }.max() ?? 0
        var output = ""
        for (article, title) in zip(articles, titles) {
            let draft = article.isDraft ? " " + painter.paint("[草稿]", Painter.red) : ""
            let tags = article.tags.prefix(4).map { painter.paint("#" + $0, Painter.cyan) }.joined(separator: " ")
            output += painter.paint(dateFormat.string(for: article.date), Painter.dim) + "  "
                + TextColumns.pad(title, toWidth: titleWidth) + "  " + tags + draft
            output += "\n"
        }
        return output
    }
}
