import ArgumentParser
import ChineseText
import NewsCore
import NewsStore
import NewsUI

/// The options `tags`, `topics` and `outlets` share, and their output.
struct FacetOptions: ParsableArguments {
    @OptionGroup var libraryOptions: LibraryOptions
    @Flag(help: "Include drafts in the counts.") var drafts = false
    @Option(help: ArgumentHelp(
        "Only names matching QUERY: as characters, Simplified and Traditional alike, or as pinyin, full or initials (shuju, sjzl).",
        valueName: "QUERY"))
    var match: String?
    @Flag(help: "Print JSON: [{name, count}].") var json = false
    @OptionGroup var colorOptions: ColorOptions

    /// Opens the library's index and prints `count  name` lines, or the JSON array.
    /// With colour, names take the theme's `role` and counts its `dim`.
    func printCounts(role: StyleRole, _ counting: (LibraryCatalog, ArticleFilter) throws -> [FacetCount]) throws {
        let configuration = try libraryOptions.configuration()
        var facets = try counting(try libraryOptions.openCatalog(configuration: configuration), ArticleFilter(includeDrafts: drafts))
        if let match {
            let query = TermQuery(match)
            facets = facets.filter { query.match(MatchableTerm($0.name)) != nil }
        }
        if json {
            try JSONOutput.write(facets)
            return
        }
        let countWidth = String(facets.first?.count ?? 0).count
        let painter = colorOptions.painter(configuration)
        writeOutput(facets.map { facet in
            String(repeating: " ", count: countWidth - String(facet.count).count) + painter.paint("\(facet.count)", .dim)
                + "  " + painter.paint(facet.name, role) + "\n"
        }.joined())
    }
}
