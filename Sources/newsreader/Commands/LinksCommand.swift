import ArgumentParser
import NewsCore
import NewsStore
import NewsUI

/// `newsreader links ARTICLE`: every link of the article in reading order: body links and
/// images, then the citations; numbered as plain `show` numbers them and as `open` takes them.
struct LinksCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "links", abstract: "List an article's links, images and citations, numbered.")

    @OptionGroup var libraryOptions: LibraryOptions
    @Argument(help: "An article id or the path of its file.") var article: String
    @Flag(help: """
        Print JSON: [{n, kind, url, text, label, title, outlet, author, published, retrieved, referenced}], \
        kind "link", "image" or "citation"; citation fields are null for links and images.
        """)
    var json = false
    @OptionGroup var colorOptions: ColorOptions

    func run() throws {
        try reportingFailures {
            let configuration = try libraryOptions.configuration()
            let catalog = try libraryOptions.openCatalog(configuration: configuration)
            let found = try catalog.resolveArticle(article)
            let links = ArticleLink.all(in: found)
            let citations = Dictionary(found.citations.map { ($0.label, $0) }, uniquingKeysWith: { first, _ in first })
            if json {
                try JSONOutput.write(links.enumerated().map { index, link in
                    LinkJSON(number: index + 1, link: link, citation: link.label.flatMap { citations[$0] })
                })
                return
            }
            var output = ""
            let painter = colorOptions.painter(configuration)
            let width = "\(links.count)".count
            for (index, link) in links.enumerated() {
                let number = String(repeating: " ", count: width - "\(index + 1)".count) + "\(index + 1)."
                output += painter.paint(number, .dim) + " "
                switch link.kind {
                case .citation:
                    let citation = link.label.flatMap { citations[$0] }
                    output += painter.paint("[\(TerminalText.sanitize(link.label ?? ""))]", .marker) + " "
                        + painter.paint(TerminalText.sanitize(link.text), .title)
                    var facts = [citation?.outlet, citation?.author, citation?.published?.description].compactMap { $0 }
                    if citation?.referenceCount == 0 { facts.append("unreferenced") }
                    if !facts.isEmpty { output += " — " + painter.paint(TerminalText.sanitize(facts.joined(separator: " · ")), .dim) }
                case .link:
                    output += TerminalText.sanitize(link.text.isEmpty ? "(link)" : link.text)
                case .image:
                    output += "[图片]" + (link.text.isEmpty ? "" : " " + TerminalText.sanitize(link.text))
                }
                output += "\n"
                if let url = link.url {
                    output += String(repeating: " ", count: width + 2) + painter.paint(TerminalText.sanitize(url), .url) + "\n"
                }
            }
            writeOutput(output)
        }
    }
}
