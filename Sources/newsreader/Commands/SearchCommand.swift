import ArgumentParser
import Foundation
import NewsCore
import NewsStore
import NewsUI

/// `newsreader search QUERY`: full-text search of the library, title hits first, with snippets.
struct SearchCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "search",
        abstract: "Search titles, summaries, tags, topics and text.",
        discussion: """
            Chinese text matches as a substring (one character or more); Latin words match \
            case-insensitively, the last one as a prefix. Words separated by spaces must all match.
            """)

    @OptionGroup var libraryOptions: LibraryOptions
    @Argument(help: "What to look for.") var query: String

    @Option(name: .customLong("tag"), help: ArgumentHelp("Only articles with this tag (repeatable).", valueName: "TAG"))
    var tags: [String] = []

    @Option(name: .customLong("topic"), help: ArgumentHelp("Only articles with this topic (repeatable).", valueName: "TOPIC"))
    var topics: [String] = []

    @Flag(help: "Include drafts.") var drafts = false
    @Option(help: "At most this many hits, best first.") var limit = 100
    @OptionGroup var colorOptions: ColorOptions
    @Flag(help: "Print JSON: [{id, title, date, snippet}].") var json = false

    func validate() throws {
        if limit < 1 { throw ValidationError("--limit must be at least 1, not \(limit)") }
    }

    func run() throws {
        try reportingFailures {
            let configuration = try libraryOptions.configuration()
            let options = SearchOptions(tags: tags, topics: topics, includeDrafts: drafts, limit: limit)
            let hits: [CatalogSearchHit]
            do {
                let library = try libraryOptions.libraryURL(configuration: configuration)
                if let found = try Self.lean(query, options: options, library: library) {
                    hits = found
                } else {
                    let catalog = try libraryOptions.openCatalog(configuration: configuration, trustingIndex: true)
                    hits = try Self.throughCatalog(query, options: options, catalog: catalog)
                }
            } catch let failure as CommandFailure {
                throw failure
            } catch {
                throw CommandFailure("search failed: \(error)")
            }
            if json {
                try JSONOutput.write(hits.map(SearchHitJSON.init))
                return
            }
            let painter = colorOptions.painter(configuration)
            writeOutput(hits.map { hit in
                painter.paint(configuration.dateFormat.string(for: hit.date), .dim) + "  "
                    + painter.paint(hit.title, .title) + "\n"
                    + "            " + Self.snippet(hit, painter: painter) + "\n"
            }.joined())
        }
    }

    /// The index alone answers (``LibrarySearch``); nil when it cannot (no index yet, a stale one).
    /// A library folder that is missing is left for the catalog's open to report.
    private static func lean(_ query: String, options: SearchOptions, library: URL) throws -> [CatalogSearchHit]? {
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: library.path, isDirectory: &isFolder), isFolder.boolValue else { return nil }
        // The wait that follows (the catalog completes the search index first) can take a minute
        // at 100k articles: one line says why, whether or not stderr is a terminal.
        return try LibrarySearch.run(query, options: options, root: library) { percent in
            writeMessage(Self.incompleteNote(percent: percent))
        }
    }

    /// The note on stderr when the search index is not complete: the answer waits until it is.
    static func incompleteNote(percent: Int) -> String {
        "搜索索引未完成 (\(percent)%): completing it before searching (another newsreader may still be building it)"
    }

    /// The catalog answers: it builds the index first when there is none. The search runs while
    /// the folder walk goes on; should the walk find a change, the search runs again.
    private static func throughCatalog(_ query: String, options: SearchOptions, catalog: LibraryCatalog) throws -> [CatalogSearchHit] {
        // A first build's search index is filled after the list is built: the search waits for
        // it, with its progress (`搜索索引 …`) as a bar when stderr is a terminal.
        if !catalog.isSearchReady, let bar = ProgressBar.forStandardError() {
            bar.follow(until: { catalog.isSearchReady }, progress: { catalog.backgroundProgress })
        }
        let hits = try catalog.search(query, options: options)
        return try catalog.revalidate() != nil ? catalog.search(query, options: options) : hits
    }

    /// The snippet, made safe for the terminal piece by piece so the highlighted ranges (in
    /// characters of the raw snippet) stay where they were; each match takes the theme's `match`
    /// role, as in the reader.
    static func snippet(_ hit: CatalogSearchHit, painter: Painter = .plain) -> String {
        let characters = Array(hit.snippet)
        var output = ""
        var position = 0
        for range in hit.highlights where range.lowerBound >= position && range.upperBound <= characters.count {
            output += TerminalText.sanitize(String(characters[position..<range.lowerBound]))
            output += painter.paint(String(characters[range]), .match)
            position = range.upperBound
        }
        return output + TerminalText.sanitize(String(characters[position...]))
    }
}
