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
            URLs open with $NEWSREADER_OPENER, else $BROWSER, else xdg-open (split on spaces, no shell).
            When standard input or output is not a terminal, prints the article list instead.
            """)

    @OptionGroup var libraryOptions: LibraryOptions

    func run() throws {
        try reportingFailures {
            let url = try libraryOptions.libraryURL()
            guard isatty(STDIN_FILENO) == 1, isatty(STDOUT_FILENO) == 1 else {
                let catalog = try libraryOptions.openCatalog()
                writeOutput(ArticleTable.text(for: catalog.summaries(matching: ArticleFilter())))
                return
            }
            let status = try InteractiveSession.run(libraryURL: url, environment: ProcessInfo.processInfo.environment)
            if status != 0 { throw ExitCode(status) }
        }
    }
}
