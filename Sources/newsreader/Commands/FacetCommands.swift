import ArgumentParser
import NewsCore
import NewsStore

/// `newsreader tags`: every tag with the number of articles carrying it.
struct TagsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "tags", abstract: "List tags with article counts, most used first.")

    @OptionGroup var options: FacetOptions

    func run() throws {
        try reportingFailures { try options.printCounts(colour: Painter.cyan) { $0.tagCounts(matching: $1) } }
    }
}

/// `newsreader topics`: every topic (`main_topics`, `categories`, `category`) with the number of articles carrying it.
struct TopicsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "topics", abstract: "List topics with article counts, most used first.")

    @OptionGroup var options: FacetOptions

    func run() throws {
        try reportingFailures { try options.printCounts(colour: Painter.green) { $0.topicCounts(matching: $1) } }
    }
}

/// The options `tags`, `topics` and `terms` share, and their output.
struct FacetOptions: ParsableArguments {
    @OptionGroup var libraryOptions: LibraryOptions
    @Flag(help: "Include drafts in the counts.") var drafts = false
    @Flag(help: "Print JSON: [{name, count}].") var json = false
    @OptionGroup var colorOptions: ColorOptions

    /// Opens the library's index and prints `count  name` lines, or the JSON array.
    /// With colour, names take `colour` and counts are dim.
    func printCounts(colour: String, _ counting: (LibraryCatalog, ArticleFilter) throws -> [FacetCount]) throws {
        let facets = try counting(try libraryOptions.openCatalog(), ArticleFilter(includeDrafts: drafts))
        if json {
            try JSONOutput.write(facets)
            return
        }
        let countWidth = String(facets.first?.count ?? 0).count
        let painter = colorOptions.painter
        writeOutput(facets.map { facet in
            String(repeating: " ", count: countWidth - String(facet.count).count) + painter.paint("\(facet.count)", Painter.dim)
                + "  " + painter.paint(facet.name, colour) + "\n"
        }.joined())
    }
}
