import NewsCore

/// One image of an article, full screen (Enter on an image selected in the reader): drawn as
/// large as the terminal allows between a bar with its alt text and path and the status line.
/// `q`, Backspace or Esc goes back to the article as it was left; `o` opens the image.
struct ImageScreen: Screen, Equatable {
    static let keyContext = KeyContext.image
    static let title = "图片 Image"

    var article: ArticleID
    /// The article's file, relative to the library (relative image paths start from it).
    var articlePath: String
    var image: ArticleImage
    /// Its place in `ArticleImage.all(in:)`.
    var imageIndex: Int
    /// The drawing shown and the request it answers; a resize asks again at the new size.
    var shown: ShownPicture?
    /// The request the runtime could not draw, and why.
    var failure: (request: PictureRequest, reason: String)?

    init(article: ArticleID, articlePath: String, image: ArticleImage, index: Int) {
        self.article = article
        self.articlePath = articlePath
        self.image = image
        imageIndex = index
    }

    static func == (lhs: ImageScreen, rhs: ImageScreen) -> Bool {
        lhs.article == rhs.article && lhs.articlePath == rhs.articlePath && lhs.image == rhs.image && lhs.imageIndex == rhs.imageIndex
            && lhs.shown == rhs.shown && lhs.failure?.request == rhs.failure?.request && lhs.failure?.reason == rhs.failure?.reason
    }

    /// The drawing wanted at the current size: every row between the two bars, every column but
    /// a margin on each side. Nil with pictures off.
    func request(_ shared: SharedState) -> PictureRequest? {
        guard shared.pictures else { return nil }
        return PictureRequest(article: article, block: image.block, image: imageIndex, articlePath: articlePath, reference: image.reference,
                              maxColumns: max(1, shared.width - 2), maxRows: max(1, shared.height - 2), fillsScreen: true)
    }

    /// The request still to send: none once drawn (or refused) at this size.
    func missingPicture(_ shared: SharedState) -> PictureRequest? {
        guard let wanted = request(shared), shown?.request != wanted, failure?.request != wanted else { return nil }
        return wanted
    }

    /// The screen, and the drawing it asks for.
    static func opening(article: Article, image index: Int, shared: SharedState) -> ScreenUpdate {
        let screen = ImageScreen(article: article.id, articlePath: article.path, image: ArticleImage.all(in: article)[index], index: index)
        return ScreenUpdate(effects: screen.missingPicture(shared).map { [.drawPicture($0)] } ?? [], navigation: .push(screen))
    }

    mutating func perform(_ action: Action, shared: inout SharedState) -> ScreenUpdate {
        switch action {
        case .jumpBack, .cancel:
            return .pop
        case .openURL:
            shared.message = StatusMessage(text: "Opening \(image.reference)…")
            return .effects([.openImage(articlePath: articlePath, reference: image.reference)])
        default:
            return ScreenUpdate.none
        }
    }

    /// Takes the drawing meant for this screen at its current size (the reader beneath asks
    /// for the same image smaller, and ignores this one).
    mutating func receive(_ msg: Msg, shared: inout SharedState) {
        switch msg {
        case .pictureDrawn(let request, let cells) where request == self.request(shared):
            shown = ShownPicture(request: request, cells: cells)
            failure = nil
        case .pictureFailed(let request, let reason) where request == self.request(shared):
            failure = (request, reason)
        default:
            break
        }
    }

    /// The bar with the alt text and path, the picture centred under it, the key hints below.
    func render(into buffer: inout ScreenBuffer, shared: SharedState) {
        let alt = image.alt.isEmpty ? "[图片]" : "[图片: \(image.alt)]"
        buffer.drawBar("\(alt) \(image.reference)", right: shown.map { "\($0.cells.columns)×\($0.cells.rows)" } ?? "", row: 0)
        let space = (rows: max(0, shared.height - 2), columns: max(0, shared.width - 2))
        if let cells = shown?.cells, shown?.request == request(shared) {
            let top = 1 + max(0, (space.rows - cells.rows) / 2), left = 1 + max(0, (space.columns - cells.columns) / 2)
            for row in 0..<min(cells.rows, space.rows) {
                for column in 0..<min(cells.columns, space.columns) {
                    let cell = cells.cell(row: row, column: column)
                    buffer.put(cell.symbol, row: top + row, column: left + column,
                               style: CellStyle(.normal, picture: cell.colors), maxWidth: 1)
                }
            }
        } else {
            buffer.put(TextLayout.truncate(waitingText(shared), width: space.columns), row: 1 + space.rows / 2, column: 1,
                       style: CellStyle(.dim))
        }
        buffer.drawStatus(message: shared.message, background: shared.indexing,
                          fallback: shared.keymap.hints([.help, .quit, .jumpBack, .openURL], in: .image))
    }

    /// What shows where the picture goes before (or instead of) it.
    private func waitingText(_ shared: SharedState) -> String {
        if !shared.pictures { return "Pictures are off (images = \"off\", NO_COLOR or a monochrome terminal)" }
        if let failure { return "Cannot draw this image: \(failure.reason)" }
        return "Drawing…"
    }
}
