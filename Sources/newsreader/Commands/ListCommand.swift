import ArgumentParser
import NewsCore
import NewsReading
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

    @Option(name: .customLong("outlet"), help: ArgumentHelp(
        "Only articles citing this outlet (as `outlets` lists it; case, width and script blind).", valueName: "NAME"))
    var outlet: String?

    @Flag(name: .customLong("in-progress"), help: "Only articles left part-way: a saved position before the end.")
    var inProgress = false

    @Flag(help: "Print JSON: [{id, path, title, date, draft, summary, tags, topics, terms: {TAXONOMY: [values]}, footnotes, minutes, characters, read, starred}].")
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
                .filter { !inProgress || ReadingProgress.isInProgress(state.positions[$0.id], bodyBlocks: $0.bodyBlocks) }
                .filter { summary in outlet.map { wanted in summary.outlets.contains { NameKey.of($0) == NameKey.of(wanted) } } ?? true }
            if json {
                try JSONOutput.write(summaries.map {
                    SummaryJSON(summary: $0, read: state.read.contains($0.id), starred: state.starred.contains($0.id))
                })
            } else {
                writeOutput(ArticleTable.text(for: summaries, dateFormat: configuration.dateFormat, painter: colorOptions.painter(configuration)))
            }
        }
    }
}
