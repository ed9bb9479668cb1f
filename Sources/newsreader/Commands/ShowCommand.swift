import ArgumentParser
import Foundation
import NewsCore
import NewsImages
import NewsReading
import NewsStore

/// `newsreader show ARTICLE`: the article exactly as the reader lays it out, minus the chrome.
struct ShowCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "show", abstract: "Print an article, wrapped and styled.")

    @OptionGroup var libraryOptions: LibraryOptions
    @Argument(help: "An article id or the path of its file.") var article: String
    @Option(help: "Columns available (default: the terminal's width, else 80); text wraps at the smaller of this and --text-width.") var width: Int?
    @OptionGroup var colorOptions: ColorOptions
    @Flag(help: "Make links and footnote markers OSC 8 hyperlinks to their URLs (terminals that support them).")
    var hyperlinks = false
    @Option(help: "Pictures: auto, kitty, sixel, iterm, symbols (coloured blocks) or off (default: the config file's images, else auto).")
    var images: ImageMode?

    func validate() throws {
        if let width, width < 8 || width > 1000 {
            throw ValidationError("--width must be between 8 and 1000, not \(width)")
        }
    }

    func run() throws {
        try reportingFailures {
            let configuration = try libraryOptions.configuration()
            let catalog = try libraryOptions.openCatalog(configuration: configuration)
            let found = try catalog.resolveArticle(article)
            let terminal = TerminalInfo.current()
            let available = width ?? terminal.columns ?? 80
            let bodyWidth = TextMeasure.bodyWidth(available: available, textWidth: configuration.textWidth)
            // `never` writes text only; `always` adds the theme's SGR attributes and colours; OSC 8
            // only when asked for.
            let theme = colorOptions.theme(configuration, terminal: terminal)
            var renderer = DocumentRenderer(width: bodyWidth, lineBreak: configuration.lineBreak)
            // Plain text marks headings and numbers links; with OSC 8 hyperlinks the links are
            // clickable already, so only the headings are marked.
            renderer.plain = theme == nil
            renderer.numbersLinks = !hyperlinks
            renderer.imagePath = LibraryImagePaths.display(for: found, libraryRoot: catalog.root, fileURLs: hyperlinks)
            let rendered = renderer.render(found)
            let links = hyperlinks ? HyperlinkTargets(rendered, citations: found.citations).lines : []
            let lines = rendered.lines.enumerated().map { index, line in
                SGRWriter.line(line, theme: theme, links: links.isEmpty ? [] : links[index])
            }
            let pictures = ShowImageWriter(libraryRoot: catalog.root, mode: images ?? configuration.images, styled: theme != nil,
                                           columns: rendered.width, rows: terminal.rows,
                                           ambiguousWide: configuration.ambiguousWidth == .wide)
            writeOutput(pictures.insert(into: lines, rendered: rendered, article: found).map { $0 + "\n" }.joined())
        }
    }
}
