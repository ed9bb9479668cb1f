import ArgumentParser
import NewsCore
import NewsStore

/// The options `tags` and `topics` share, and their output.
struct FacetOptions: ParsableArguments {
    @OptionGroup var libraryOptions: LibraryOptions
    @Flag(help: "Include drafts in the counts.") var drafts = false
    @Flag(help: "Print JSON: [{name, count}].") var json = false
    @OptionGroup var colorOptions: ColorOptions

    /// Opens the library's index and prints `count  name` lines, or the JSON array.
    /// With colour, names take `colour` and counts are dim.
    func printCounts(colour: String, _ counting: (LibraryCatalog, ArticleFilter) -> [FacetCount]) throws {
        let facets = counting(try libraryOptions.openCatalog(), ArticleFilter(includeDrafts: drafts))
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
