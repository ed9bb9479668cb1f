import ArgumentParser
import Foundation
import NewsCore
import NewsStore

/// `newsreader show ARTICLE`: the article exactly as the reader lays it out, minus the chrome.
struct ShowCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "show", abstract: "Print an article, wrapped and styled.")

    enum ColorMode: String, ExpressibleByArgument, CaseIterable {
        case auto, always, never
    }

    @OptionGroup var libraryOptions: LibraryOptions
    @Argument(help: "An article id or the path of its file.") var article: String
    @Option(help: "Columns to wrap at (default: the terminal's width, else 80).") var width: Int?
    @Option(help: "Colour: auto (a terminal without NO_COLOR), always, never.") var color: ColorMode = .auto

    func validate() throws {
        if let width, width < 8 || width > 1000 {
            throw ValidationError("--width must be between 8 and 1000, not \(width)")
        }
    }

    func run() throws {
        try reportingFailures {
            let catalog = try libraryOptions.openCatalog()
            let found = try resolveArticle(article, in: catalog)
            let terminal = TerminalInfo.current()
            let rendered = DocumentRenderer(width: width ?? terminal.columns ?? 80).render(found)
            // `never` writes text only; `always` adds SGR attributes and nothing else.
            let styled = color == .always || (color == .auto && terminal.isTTY && !terminal.noColor)
            writeOutput(rendered.lines.map { SGRWriter.line($0, styled: styled) + "\n" }.joined())
        }
    }
}
