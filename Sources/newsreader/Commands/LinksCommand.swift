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

    func run() throws {
        try reportingFailures {
            let catalog = try libraryOptions.openCatalog()
            let citations = try resolveArticle(article, in: catalog).citations
            if json {
                try JSONOutput.write(citations.map(CitationJSON.init))
                return
            }
            var output = ""
            for citation in citations {
                let title = citation.title ?? citation.text
                var facts = [citation.outlet, citation.author, citation.published?.description].compactMap { $0 }
                if citation.referenceCount == 0 { facts.append("unreferenced") }
                output += "[\(TerminalText.sanitize(citation.label))] " + TerminalText.sanitize(title)
                if !facts.isEmpty { output += " — " + TerminalText.sanitize(facts.joined(separator: " · ")) }
                output += "\n"
                if let url = citation.url { output += "    " + TerminalText.sanitize(url) + "\n" }
            }
            writeOutput(output)
        }
    }
}
