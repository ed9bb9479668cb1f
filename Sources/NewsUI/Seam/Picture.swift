import NewsCore

/// A picture the reader wants drawn as symbol cells: an image of the article (its featured image,
/// block 0, or the first image of a body block) in a box as wide as the text and at most half the
/// screen high. Answered by `pictureDrawn` or `pictureFailed`.
public struct PictureRequest: Hashable, Sendable {
    public var article: ArticleID
    /// The rendered block the picture goes under (see ``ReadingPosition``).
    public var block: Int
    /// The article's file, relative to the library (relative image paths start from it).
    public var articlePath: String
    /// The image as the article names it.
    public var reference: String
    public var maxColumns: Int
    public var maxRows: Int

    public init(article: ArticleID, block: Int = 0, articlePath: String, reference: String, maxColumns: Int, maxRows: Int) {
        self.article = article
        self.block = block
        self.articlePath = articlePath
        self.reference = reference
        self.maxColumns = maxColumns
        self.maxRows = maxRows
    }
}

/// Palette colours of one picture cell; -1 is the terminal's own colour.
public struct PictureColors: Hashable, Sendable {
    public var foreground: Int16
    public var background: Int16

    public init(foreground: Int16, background: Int16) {
        self.foreground = foreground
        self.background = background
    }
}

/// One cell of a drawn picture: a block symbol and its colours.
public struct PictureCell: Hashable, Sendable {
    public var symbol: String
    public var colors: PictureColors

    public init(symbol: String, colors: PictureColors) {
        self.symbol = symbol
        self.colors = colors
    }
}

/// A picture drawn as `columns` × `rows` single-width cells, row by row.
public struct PictureCells: Hashable, Sendable {
    public var columns: Int
    public var rows: Int
    public var cells: [PictureCell]

    public init(columns: Int, rows: Int, cells: [PictureCell]) {
        self.columns = columns
        self.rows = rows
        self.cells = cells
    }

    public func cell(row: Int, column: Int) -> PictureCell {
        cells[row * columns + column]
    }
}
