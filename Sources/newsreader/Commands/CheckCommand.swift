import ArgumentParser
import Foundation
import NewsCore
import NewsStore

/// `newsreader check`: every problem of the library, as `path:line: severity: message`.
struct CheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Report problems in the library's files.",
        discussion: """
            A warning that three or more files share (no date, a title taken from the file name) is one \
            line with the number of files. Exits with status 1 when any problem is an error, 0 otherwise.
            """)

    @OptionGroup var libraryOptions: LibraryOptions
    @Flag(help: "Print JSON: {articles, problems: [{path, line, severity, message}], habits: [{severity, message, count, examples}]}.")
    var json = false
    @OptionGroup var colorOptions: ColorOptions

    func run() throws {
        var hasErrors = false
        try reportingFailures {
            // Served from the index: a file's problems were stored when it was last parsed.
            let catalog = try libraryOptions.openCatalog()
            let problems = catalog.problems
            hasErrors = problems.contains { $0.severity == .error }
            if json {
                try JSONOutput.write(CheckJSON(articles: catalog.summaries.count, problems: problems.map(ProblemJSON.init),
                                               habits: ProblemHabits(problems).habits))
            } else {
                let painter = colorOptions.painter
                let grouped = ProblemHabits(problems)
                writeOutput(grouped.habits.map { Self.line(for: $0, painter: painter) + "\n" }.joined()
                    + grouped.single.map { Self.line(for: $0, painter: painter) + "\n" }.joined())
                let errors = problems.filter { $0.severity == .error }.count
                let summary = "\(catalog.summaries.count) articles, \(errors) errors, \(problems.count - errors) warnings\n"
                FileHandle.standardError.write(Data(summary.utf8))
            }
        }
        if hasErrors { throw ExitCode(1) }
    }

    /// `path:line: severity: message`, safe for the terminal: the path is a file name (a newline
    /// in it shows as `␊`, one problem stays one line), the message is prose.
    /// With colour, the location is bold and the severity red (errors) or magenta (warnings).
    /// `N files: severity: message (e.g. a.md, b.md, …)`, for a warning many files share.
    static func line(for habit: ProblemHabits.Habit, painter: Painter = Painter(enabled: false)) -> String {
        let examples = habit.examples.map { TerminalText.sanitizeName($0) }.joined(separator: ", ")
            + (habit.count > habit.examples.count ? ", …" : "")
        return painter.paint("\(habit.count) files", Painter.bold) + ": " + painter.paint(habit.severity.rawValue, Painter.magenta)
            + ": " + TerminalText.sanitize(habit.message) + " (e.g. " + examples + ")"
    }

    static func line(for problem: Problem, painter: Painter = Painter(enabled: false)) -> String {
        let location = TerminalText.sanitizeName(problem.path) + (problem.line.map { ":\($0)" } ?? "")
        let severity = painter.paint(problem.severity.rawValue, problem.severity == .error ? Painter.red : Painter.magenta)
        return painter.paint(location, Painter.bold) + ": " + severity + ": " + TerminalText.sanitize(problem.message)
    }
}
