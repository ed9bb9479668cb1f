import ArgumentParser
import NewsCore
import NewsReading
import NewsStore

/// `newsreader list`: the articles, newest first, optionally filtered by tags, topics and state.
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

    @Flag(help: "Include drafts (also: show_drafts = true in the config file).")
    var drafts = false

    @Flag(help: "Only articles not marked read.")
    var unread = false

    @Flag(help: "Only starred articles.")
    var starred = false

    @Option(name: .customLong("outlet"), help: ArgumentHelp(
        "Only articles citing this outlet (as `outlets` lists it; case, width and script blind).", valueName: "NAME"))
    var outlet: String?

    @Flag(name: .customLong("in-progress"), help: "Only articles left part-way: a saved position before the end.")
    var inProgress = false

    @Flag(help: "Print JSON: [{id, path, title, date, draft, summary, tags, topics, footnotes, minutes, characters, read, starred}].")
    var json = false

    @OptionGroup var colorOptions: ColorOptions

    func run() throws {
        try reportingFailures {
            let configuration = try libraryOptions.configuration()
            let catalog = try libraryOptions.openCatalog(configuration: configuration)
            let state = catalog.state
            let includeDrafts = drafts || configuration.showDrafts
            let summaries = catalog.summaries(matching: ArticleFilter(tags: tags, topics: topics, includeDrafts: includeDrafts))
                .filter { (!unread || !state.read.contains($0.id)) && (!starred || state.starred.contains($0.id)) }
                .filter { !inProgress || ReadingProgress.isInProgress(state.positions[$0.id], bodyBlocks: $0.bodyBlocks) }
                .filter { summary in outlet.map { wanted in summary.outlets.contains { TermKey.of($0) == TermKey.of(wanted) } } ?? true }
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
        case id, path, title, date, draft, summary, tags, topics, footnotes, minutes, characters, read, starred
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
        try container.encode(summary.footnoteCount, forKey: .footnotes)
        try container.encode(summary.readingMinutes, forKey: .minutes)
        try container.encode(summary.characters, forKey: .characters)
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
