import ArgumentParser
import Foundation
import NewsCore
import NewsReading
import NewsStore

/// `newsreader related ARTICLE`: the articles sharing the most telling tags, topics, series and
/// cited outlets with it.
struct RelatedCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "related", abstract: "List the articles most related to one, best first.",
        discussion: """
            Articles score by the tags, topics, series and cited outlets they share with ARTICLE, \
            a term shared by few articles weighing more than one shared by many; equal scores list \
            the newest first. ARTICLE itself is never listed.
            """
    )

    @OptionGroup var libraryOptions: LibraryOptions
    @Argument(help: "An article id or the path of its file.") var article: String
    @Option(help: "At most this many articles.") var limit = 5
    @Flag(help: "Include drafts (also: show_drafts = true in the config file).") var drafts = false
    @Flag(help: "Print JSON: [{id, title, date, score, shared}], shared as [{kind, name}].") var json = false
    @OptionGroup var colorOptions: ColorOptions

    func validate() throws {
        if limit < 1 { throw ValidationError("--limit must be at least 1, not \(limit)") }
    }

    func run() throws {
        try reportingFailures {
            let configuration = try libraryOptions.configuration()
            let catalog = try libraryOptions.openCatalog(configuration: configuration)
            let found = try catalog.resolveArticle(article)
            let candidates = catalog.summaries(matching: ArticleFilter(includeDrafts: drafts || configuration.showDrafts))
                .filter { $0.id != found.id } + catalog.summaries.filter { $0.id == found.id }
            let related = RelatedArticles(candidates.map(RelatedProfile.init(summary:))).related(to: found.id, limit: limit)
            if json {
                try JSONOutput.write(related.map(RelatedJSON.init))
                return
            }
            let painter = colorOptions.painter(configuration)
            writeOutput(related.map { item -> String in
                let shared = item.shared.map { TerminalText.sanitize($0.name) }.joined(separator: " · ")
                let date = painter.paint(configuration.dateFormat.string(for: item.date), .dim)
                return date + "  " + TerminalText.sanitize(item.title) + "  " + painter.paint(shared, .tag) + "\n"
            }.joined())
        }
    }
}

private struct RelatedJSON: Encodable {
    struct Term: Encodable {
        let kind: String
        let name: String
    }

    let id: String
    let title: String
    let date: String
    let score: Double
    let shared: [Term]

    init(_ related: RelatedArticle) {
        id = related.id.rawValue
        title = related.title
        date = related.date.iso8601
        // Three decimals: enough to order by, and stable across platforms' float printing.
        score = (related.score * 1000).rounded() / 1000
        shared = related.shared.map { Term(kind: $0.kind.rawValue, name: $0.name) }
    }
}
