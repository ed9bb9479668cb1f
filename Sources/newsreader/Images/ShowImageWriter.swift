import Foundation
import NewsCore
import NewsRuntime
import NewsImages

/// `show --images`: the article's lines with each picture inserted under the block it belongs
/// to (the featured image under the header's `[图片]` line, a body image after its paragraph).
struct ShowImageWriter {
    let presenter: ImagePresenter
    let request: DrawRequest
    /// Whether placeholders may be dim (SGR); never any other escape when false.
    let styled: Bool

    /// Pictures for `mode` in a box as wide as the text and at most half the terminal high (40
    /// rows assumed when the output is no terminal). Colour off (`--color never`, NO_COLOR)
    /// means placeholders only: then no escape byte is written.
    init(libraryRoot: URL, mode: ImageMode, styled: Bool, columns: Int, rows: Int?, ambiguousWide: Bool) {
        var variables = ProcessInfo.processInfo.environment
        // ColorOptions has already weighed NO_COLOR against --color.
        variables.removeValue(forKey: "NO_COLOR")
        var environment = TerminalImageEnvironment.current(variables)
        // Only a terminal that is neither kitty, iTerm2/WezTerm nor a multiplexer is asked
        // whether it has sixels (DA1): its answer can change nothing for the others.
        if mode == .auto, styled, isatty(STDOUT_FILENO) == 1,
           case .symbols = ImageModeSelector.select(mode, environment: environment),
           !ImageModeSelector.isMultiplexer(environment) {
            environment.deviceAttributes = DeviceAttributesQuery.ask()
        }
        let output = ImageModeSelector.select(mode, environment: environment, colorEnabled: styled)
        presenter = ImagePresenter(libraryRoot: libraryRoot)
        request = DrawRequest(output: output, maxColumns: columns, maxRows: max(1, (rows ?? 40) / 2), ambiguousWide: ambiguousWide)
        self.styled = styled
    }

    /// `lines` are the rendered lines already written out as text, parallel to `rendered.lines`.
    func insert(into lines: [String], rendered: RenderedArticle, article: Article) -> [String] {
        let images = ArticleImage.all(in: article)
        guard !images.isEmpty else { return lines }
        var output: [String] = []
        var pending = images[...]
        for (index, line) in lines.enumerated() {
            let block = rendered.lineInfo[index].position.block
            // The header's last line is its rule: the featured image goes just above it.
            let isHeaderRule = block == 0 && (index + 1 == lines.count || rendered.lineInfo[index + 1].position.block != 0)
            if isHeaderRule { output += take(&pending, upTo: 0, article: article) }
            output.append(line)
            let endsBlock = index + 1 == lines.count || rendered.lineInfo[index + 1].position.block != block
            if block > 0 && endsBlock { output += take(&pending, upTo: block, article: article) }
        }
        return output + take(&pending, upTo: Int.max, article: article)
    }

    private func take(_ pending: inout ArraySlice<ArticleImage>, upTo block: Int, article: Article) -> [String] {
        var output: [String] = []
        while let image = pending.first, image.block <= block {
            pending.removeFirst()
            output += lines(for: image, article: article)
        }
        return output
    }

    private func lines(for image: ArticleImage, article: Article) -> [String] {
        switch presenter.show(image, articlePath: article.path, request: request) {
        case .drawn(.symbols(let grid)):
            return grid.sgrLines()
        case .drawn(.sequence(let bytes, _, _)):
            // libchafa's own bytes (pixels, never article text): one sequence per image.
            return [String(decoding: bytes, as: UTF8.self)]
        case .placeholder(let reason):
            // The text already names the image (`[图片: alt] path`): a line more only when a picture
            // was asked for and could not be drawn. A remote image is simply not fetched.
            guard let reason, request.output != .placeholders, reason != ImageFailure.remote.description else { return [] }
            let text = ImagePresenter.placeholder(image, reason: reason)
            return [styled ? "\u{1B}[2m\(text)\u{1B}[0m" : text]
        }
    }
}
