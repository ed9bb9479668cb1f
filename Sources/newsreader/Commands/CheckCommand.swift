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
            // Served from the index: a file's problems were stored when it was last parsed.
            let catalog = try libraryOptions.openCatalog()
            let problems = catalog.problems
            hasErrors = problems.contains { $0.severity == .error }
            if json {
                try JSONOutput.write(CheckJSON(articles: catalog.summaries.count, problems: problems.map(ProblemJSON.init)))
            } else {
                writeOutput(problems.map { Self.line(for: $0) + "\n" }.joined())
                let errors = problems.filter { $0.severity == .error }.count
                let summary = "\(catalog.summaries.count) articles, \(errors) errors, \(problems.count - errors) warnings\n"
                FileHandle.standardError.write(Data(summary.utf8))
            }
        }
        if hasErrors { throw ExitCode(1) }
    }

    /// `path:line: severity: message`, safe for the terminal: the path is a file name (a newline
    /// in it shows as `␊`, one problem stays one line), the message is prose.
    static func line(for problem: Problem) -> String {
        let location = TerminalText.sanitizeName(problem.path) + (problem.line.map { ":\($0)" } ?? "")
        return "\(location): \(problem.severity.rawValue): " + TerminalText.sanitize(problem.message)
    }
}
