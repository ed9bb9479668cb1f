import ArgumentParser
import NewsCore
import NewsStore
import NewsUI

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
            let configuration = try libraryOptions.configuration()
            let catalog = try libraryOptions.openCatalog(configuration: configuration)
            let citations = try catalog.resolveArticle(article).citations
            if json {
                try JSONOutput.write(citations.map(CitationJSON.init))
                return
            }
            var output = ""
            let painter = colorOptions.painter(configuration)
            for citation in citations {
                let title = citation.title ?? citation.text
                var facts = [citation.outlet, citation.author, citation.published?.description].compactMap { $0 }
                if citation.referenceCount == 0 { facts.append("unreferenced") }
                output += painter.paint("[\(citation.label)]", .marker) + " " + painter.paint(title, .title)
                if !facts.isEmpty { output += " — " + painter.paint(facts.joined(separator: " · "), .dim) }
                output += "\n"
                if let url = citation.url { output += "    " + painter.paint(url, .url) + "\n" }
            }
            writeOutput(output)
        }
    }
}
