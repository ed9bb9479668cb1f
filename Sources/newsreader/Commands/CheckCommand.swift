import ArgumentParser
import Foundation
import NewsCore
import NewsStore

/// `newsreader check`: every problem of the library, as `path:line: severity: message`.
struct CheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Report problems in the library's files.",
        discussion: "Exits with status 1 when any problem is an error, 0 otherwise.")

    @OptionGroup var libraryOptions: LibraryOptions
    @Flag(help: "Print JSON: {articles, problems: [{path, line, severity, message}]}.") var json = false

    func run() throws {
        var hasErrors = false
        try reportingFailures {
            let library = try libraryOptions.load()
            hasErrors = library.problems.contains { $0.severity == .error }
            if json {
                try JSONOutput.write(CheckJSON(articles: library.articles.count, problems: library.problems.map(ProblemJSON.init)))
            } else {
                writeOutput(library.problems.map { TerminalText.sanitize($0.description) + "\n" }.joined())
                let errors = library.problems.filter { $0.severity == .error }.count
                let summary = "\(library.articles.count) articles, \(errors) errors, \(library.problems.count - errors) warnings\n"
                FileHandle.standardError.write(Data(summary.utf8))
            }
        }
        if hasErrors { throw ExitCode(1) }
    }
}
