import ArgumentParser
import NewsCore
import NewsStore

/// `newsreader links ARTICLE`: the article's citations, in definition order.
struct LinksCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "links", abstract: "List an article's citations and their URLs.")

    @OptionGroup var libraryOptions: LibraryOptions
    @Argument(help: "An article id or the path of its file.") var article: String
    @Flag(help: "Print JSON: [{label, title, url, outlet, author, published, retrieved, text, referenced}].")
    var json = false
    @OptionGroup var colorOptions: ColorOptions

    func run() throws {
        try reportingFailures {
            let catalog = try libraryOptions.openCatalog()
            let citations = try catalog.resolveArticle(article).citations
            if json {
                try JSONOutput.write(citations.map(CitationJSON.init))
                return
            }
            var output = ""
            let painter = colorOptions.painter
            for citation in citations {
                let title = citation.title ?? citation.text
                var facts = [citation.outlet, citation.author, citation.published?.description].compactMap { $0 }
                if citation.referenceCount == 0 { facts.append("unreferenced") }
                output += painter.paint("[\(citation.label)]", Painter.magenta) + " " + painter.paint(title, Painter.bold)
                if !facts.isEmpty { output += " — " + painter.paint(facts.joined(separator: " · "), Painter.dim) }
                output += "\n"
                if let url = citation.url { output += "    " + painter.paint(url, Painter.underline) + "\n" }
            }
            writeOutput(output)
        }
    }
}
