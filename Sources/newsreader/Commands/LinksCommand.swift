import ArgumentParser
import NewsCore
import NewsStore

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
            let catalog = try libraryOptions.openCatalog()
            let found = try resolveArticle(article, in: catalog)
            let links = ArticleLink.all(in: found)
            let citations = Dictionary(found.citations.map { ($0.label, $0) }, uniquingKeysWith: { first, _ in first })
            if json {
                try JSONOutput.write(links.enumerated().map { index, link in
                    LinkJSON(number: index + 1, link: link, citation: link.label.flatMap { citations[$0] })
                })
                return
            }
            var output = ""
            let painter = colorOptions.painter
            let width = "\(links.count)".count
            for (index, link) in links.enumerated() {
                let number = String(repeating: " ", count: width - "\(index + 1)".count) + "\(index + 1)."
                output += painter.paint(number, Painter.dim) + " "
                switch link.kind {
                case .citation:
                    let citation = link.label.flatMap { citations[$0] }
                    output += painter.paint("[\(TerminalText.sanitize(link.label ?? ""))]", Painter.magenta) + " "
                        + painter.paint(TerminalText.sanitize(link.text), Painter.bold)
                    var facts = [citation?.outlet, citation?.author, citation?.published?.description].compactMap { $0 }
                    if citation?.referenceCount == 0 { facts.append("unreferenced") }
                    if !facts.isEmpty { output += " — " + painter.paint(TerminalText.sanitize(facts.joined(separator: " · ")), Painter.dim) }
                case .link:
                    output += TerminalText.sanitize(link.text.isEmpty ? "(link)" : link.text)
                case .image:
                    output += "[图片]" + (link.text.isEmpty ? "" : " " + TerminalText.sanitize(link.text))
                }
                output += "\n"
                if let url = link.url {
                    output += String(repeating: " ", count: width + 2) + painter.paint(TerminalText.sanitize(url), Painter.underline) + "\n"
                }
            }
            writeOutput(output)
        }
    }
}

/// One entry of `links --json`: every key present, `null` where absent.
struct LinkJSON: Encodable {
    let number: Int
    let link: ArticleLink
    let citation: Citation?

    private enum Keys: String, CodingKey {
        case n, kind, url, text, label, title, outlet, author, published, retrieved, referenced
    }

    func encode(to encoder: Encoder) throws {
        var container = encoder.container(keyedBy: Keys.self)
        try container.encode(number, forKey: .n)
        try container.encode(link.kind.rawValue, forKey: .kind)
        try container.encode(link.url, forKey: .url)
        try container.encode(citation?.text ?? link.text, forKey: .text)
        try container.encode(link.label, forKey: .label)
        try container.encode(citation?.title, forKey: .title)
        try container.encode(citation?.outlet, forKey: .outlet)
        try container.encode(citation?.author, forKey: .author)
        try container.encode(citation?.published, forKey: .published)
        try container.encode(citation?.retrieved, forKey: .retrieved)
        try container.encode(citation?.referenceCount, forKey: .referenced)
    }
}
