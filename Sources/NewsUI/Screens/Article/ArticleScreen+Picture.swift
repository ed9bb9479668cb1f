import NewsCore

/// Pictures: the featured image under the header's `[图片]` line and the images of each body
/// block after that block, one under another, asked for when the article opens and after a resize, drawn in
/// rows the layout keeps for them, scrolling with the text. Text shows at once; each picture
/// fills in when the runtime has decoded it.
extension ArticleScreen {
    /// The article's images, as Tab selects them: the featured image, then the body's.
    var images: [ArticleImage] { ArticleImage.all(in: article) }

    /// What to ask the runtime for at the current size: every image, none with pictures off.
    func pictureRequests(_ shared: SharedState) -> [PictureRequest] {
        guard shared.pictures else { return [] }
        return images.enumerated().map { index, image in
            PictureRequest(article: article.id, block: image.block, image: index, articlePath: article.path, reference: image.reference,
                           maxColumns: Self.textWidth(shared), maxRows: max(1, shared.height / 2))
        }
    }

    /// The requests whose picture is not drawn for the current size yet.
    func missingPictures(_ shared: SharedState) -> [PictureRequest] {
        pictureRequests(shared).filter { pictures[$0.image]?.request != $0 }
    }

    /// The article at `textWidth`, with rows kept for the pictures drawn for that width (a
    /// block's pictures one under another).
    static func layout(_ article: Article, textWidth: Int, lineBreak: LineBreaker.Strictness,
                       pictures: [Int: ShownPicture]) -> RenderedArticle {
        var renderer = DocumentRenderer(width: textWidth, lineBreak: lineBreak)
        for picture in pictures.values where picture.request.maxColumns == textWidth {
            renderer.pictureRows[picture.request.block, default: 0] += picture.cells.rows
        }
        return renderer.render(article)
    }

    mutating func showPicture(_ cells: PictureCells, for request: PictureRequest, shared: inout SharedState) {
        guard pictureRequests(shared).contains(request) else { return }
        pictures[request.image] = ShownPicture(request: request, cells: cells)
        reflow(textWidth: Self.textWidth(shared), page: Self.page(shared))
    }

    /// A picture that cannot be drawn keeps its `[图片]` line or alt text and nothing more:
    /// `check` names the reason, and the status line stays for what the user does.
    mutating func pictureFailed(_ request: PictureRequest) {
        guard pictures[request.image]?.request == request else { return }
        pictures[request.image] = nil
    }

    /// Each shown picture's lines: right after its block's last line of content (for the
    /// header, its `[图片]` line), where the layout kept empty rows for it; a block's pictures
    /// follow one another in reading order.
    var pictureLines: [(lines: Range<Int>, cells: PictureCells)] {
        let shown = pictures.values.filter { $0.request.maxColumns == rendered.width }
        guard !shown.isEmpty else { return [] }
        var lastContent: [Int: Int] = [:]
        for (line, info) in rendered.lineInfo.enumerated() where info.kind != .decoration {
            lastContent[info.position.block] = line
        }
        var used: [Int: Int] = [:]
        return shown.sorted { $0.request.image < $1.request.image }.compactMap { picture in
            let block = picture.request.block
            guard let last = lastContent[block] else { return nil }
            let start = last + 1 + used[block, default: 0]
            used[block, default: 0] += picture.cells.rows
            return start + picture.cells.rows <= rendered.lines.count ? (start..<(start + picture.cells.rows), picture.cells) : nil
        }
    }

    /// Draws row `pictureRow` of `cells` on screen row `row`, from the text's first column.
    func drawPicture(_ cells: PictureCells, row pictureRow: Int, at row: Int, into buffer: inout ScreenBuffer) {
        guard pictureRow < cells.rows else { return }
        for column in 0..<min(cells.columns, buffer.width - 2) {
            let cell = cells.cell(row: pictureRow, column: column)
            buffer.put(cell.symbol, row: row, column: 1 + column, style: CellStyle(.normal, picture: cell.colors), maxWidth: 1)
        }
    }
}
