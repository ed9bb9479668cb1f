import ArgumentParser
import Foundation
import NewsCore
import NewsStore
import NewsUI

/// `newsreader check`: every problem of the library, as `path:line: severity: message`.
struct CheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Report problems in the library's files and their images.",
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
            let configuration = try libraryOptions.configuration()
            let catalog = try libraryOptions.openCatalog(configuration: configuration)
            // Image warnings need each article's file (not in the index), so they are found now.
            let problems = (catalog.problems + ImageCheck.problems(in: catalog)).enumerated()
                .sorted { ($0.element.path, $0.offset) < ($1.element.path, $1.offset) }.map(\.element)
            hasErrors = problems.contains { $0.severity == .error }
            if json {
                try JSONOutput.write(CheckJSON(articles: catalog.summaries.count, problems: problems.map(ProblemJSON.init),
                                               habits: ProblemHabits(problems).habits))
            } else {
                let painter = colorOptions.painter(configuration)
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
    /// With colour, the location takes the theme's `title` role and an error's severity its
    /// `error`; a warning's its `marker` (the theme has no role for warnings;
    /// `marker` keeps them magenta in the default theme, as they always were).
    static func line(for problem: Problem, painter: Painter = .plain) -> String {
        let location = TerminalText.sanitizeName(problem.path) + (problem.line.map { ":\($0)" } ?? "")
        let severity = painter.paint(problem.severity.rawValue, problem.severity == .error ? .error : .marker)
        return painter.paint(location, .title) + ": " + severity + ": " + TerminalText.sanitize(problem.message)
    }

    /// `N files: severity: message (e.g. a.md, b.md, …)`, for a warning many files share; coloured
    /// as a problem's line is (the count as a location, the severity as a warning's).
    static func line(for habit: ProblemHabits.Habit, painter: Painter = .plain) -> String {
        let examples = habit.examples.map { TerminalText.sanitizeName($0) }.joined(separator: ", ")
            + (habit.count > habit.examples.count ? ", …" : "")
        return painter.paint("\(habit.count) files", .title) + ": " + painter.paint(habit.severity.rawValue, .marker)
            + ": " + TerminalText.sanitize(habit.message) + " (e.g. " + examples + ")"
    }
}
