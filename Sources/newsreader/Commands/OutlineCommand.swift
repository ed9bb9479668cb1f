import ArgumentParser
import NewsCore
import NewsReading

/// `newsreader outline ARTICLE`: the article's headings in order, indented by level.
struct OutlineCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "outline", abstract: "Print an article's headings, indented by level.",
        discussion: "An article without headings prints nothing (JSON: [])."
    )

    @OptionGroup var libraryOptions: LibraryOptions
    @Argument(help: "An article id or the path of its file.") var article: String
    @Flag(help: "Print JSON: [{level, title}].") var json = false

    func run() throws {
        try reportingFailures {
            let found = try libraryOptions.openCatalog().resolveArticle(article)
            let entries = Outline.entries(of: found.document)
            if json {
                try JSONOutput.write(entries.map { OutlineJSON(level: $0.level, title: $0.title) })
            } else {
                writeOutput(entries.map { String(repeating: "  ", count: max(0, $0.level - 1)) + $0.title + "\n" }.joined())
            }
        }
    }
}

private struct OutlineJSON: Encodable {
    let level: Int
    let title: String
}
