import ArgumentParser
import Foundation
import NewsStore
#if canImport(Glibc)
import Glibc
#endif

/// `newsreader read` (and `newsreader` alone): the full-screen reader when run in a terminal.
///
/// When standard input or output is not a terminal (a pipe, a test, a script), it prints the
/// list as `newsreader list` does, so `newsreader | grep …` keeps working.
struct ReadCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "read",
        abstract: "Browse and read the library full-screen (the default in a terminal).",
        discussion: """
            Keys: ? shows every key of the current screen; q goes back and quits.
            URLs open with $NEWSREADER_OPENER, else the config file's opener, else $BROWSER, else xdg-open \
            (no shell; the URL is one argument).
            When standard input or output is not a terminal, prints the article list instead.
            """)

    @OptionGroup var libraryOptions: LibraryOptions

    func run() throws {
        try reportingFailures {
            let configuration = try libraryOptions.configuration()
            let url = try libraryOptions.libraryURL(configuration: configuration)
            guard isatty(STDIN_FILENO) == 1, isatty(STDOUT_FILENO) == 1 else {
                let catalog = try libraryOptions.openCatalog(configuration: configuration)
                let summaries = catalog.summaries(matching: ArticleFilter(includeDrafts: configuration.showDrafts))
                writeOutput(ArticleTable.text(for: summaries, dateFormat: configuration.dateFormat))
                return
            }
            let status = try InteractiveSession.run(libraryURL: url, configuration: configuration,
                                                    environment: ProcessInfo.processInfo.environment)
            if status != 0 { throw ExitCode(status) }
        }
    }
}
