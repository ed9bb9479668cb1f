import NewsCore

/// A drawn picture and the request it answers (its size depends on the layout's width).
struct ShownPicture: Equatable, Sendable {
    var request: PictureRequest
    var cells: PictureCells
}

/// The featured picture: asked for when the article opens and after a resize, drawn in the
/// rows the layout keeps for it under the header's `[图片]` line, scrolling with the text.
/// Text shows at once; the picture fills in when the runtime has decoded it.
extension ArticleScreen {
    /// What to ask the runtime for at the current size; nil without a featured image or with
    /// pictures off.
    func pictureRequest(_ shared: SharedState) -> PictureRequest? {
        guard shared.pictures, let reference = article.frontMatter.featuredImage, !reference.isEmpty else { return nil }
        return PictureRequest(article: article.id, articlePath: article.path, reference: reference,
                              maxColumns: Self.textWidth(shared), maxRows: max(1, shared.height / 2))
    }

    /// Whether the picture shown (or none) is not the one for the current size.
    func needsPicture(_ shared: SharedState) -> PictureRequest? {
        guard let request = pictureRequest(shared), picture?.request != request else { return nil }
        return request
    }

    /// The article at `textWidth`, with rows kept for `picture` when it was drawn for that width.
    static func layout(_ article: Article, textWidth: Int, lineBreak: LineBreaker.Strictness,
                       picture: ShownPicture?) -> RenderedArticle {
        var renderer = DocumentRenderer(width: textWidth, lineBreak: lineBreak)
        if let picture, picture.request.maxColumns == textWidth { renderer.featuredPictureRows = picture.cells.rows }
        return renderer.render(article)
    }

    mutating func showPicture(_ cells: PictureCells, for request: PictureRequest, shared: inout SharedState) {
        guard request == pictureRequest(shared) else { return }
        picture = ShownPicture(request: request, cells: cells)
        reflow(textWidth: Self.textWidth(shared), page: Self.page(shared))
    }

    /// A picture that cannot be drawn keeps its `[图片] path` line and nothing more: `check`
    /// names the reason, and the status line stays for what the user does.
    mutating func pictureFailed(_ request: PictureRequest) {
        guard request == picture?.request else { return }
        picture = nil
    }

    /// The lines the picture occupies: the last ones of the header, just above its rule.
    var pictureLines: Range<Int>? {
        guard let picture, picture.request.maxColumns == rendered.width else { return nil }
        var rule = 0
        while rule + 1 < rendered.lineInfo.count && rendered.lineInfo[rule + 1].position.block == 0 { rule += 1 }
        let start = rule - picture.cells.rows
        return start >= 0 ? start..<rule : nil
    }

    /// Draws picture row `pictureRow` on screen row `row`, from the text's first column.
    func drawPicture(row pictureRow: Int, at row: Int, into buffer: inout ScreenBuffer) {
        guard let cells = picture?.cells, pictureRow < cells.rows else { return }
        for column in 0..<min(cells.columns, buffer.width - 2) {
            let cell = cells.cell(row: pictureRow, column: column)
            buffer.put(cell.symbol, row: row, column: 1 + column, style: CellStyle(.normal, picture: cell.colors), maxWidth: 1)
        }
    }
}
