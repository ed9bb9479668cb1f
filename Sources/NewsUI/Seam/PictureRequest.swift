import NewsCore

/// A picture the reader wants drawn as symbol cells: an image of the article (its featured image,
/// block 0, or an image of a body block) in a box as wide as the text and at most half the
/// screen high, or (``fillsScreen``) as large as the image screen. Answered by `pictureDrawn` or `pictureFailed`.
public struct PictureRequest: Hashable, Sendable {
    public var article: ArticleID
    /// The rendered block the picture goes under (see ``ReadingPosition``).
    public var block: Int
    /// The article's file, relative to the library (relative image paths start from it).
    public var articlePath: String
    /// Which of the article's images it is (`ArticleImage.all(in:)`: the featured one first):
    /// a block may hold several, even the same file twice.
    public var image: Int
    /// The image as the article names it.
    public var reference: String
    public var maxColumns: Int
    public var maxRows: Int
    /// Fill the box even past the image's natural size: the full-screen picture.
    public var fillsScreen: Bool

    public init(article: ArticleID, block: Int = 0, image: Int = 0, articlePath: String, reference: String, maxColumns: Int, maxRows: Int,
                fillsScreen: Bool = false) {
        self.article = article
        self.block = block
        self.image = image
        self.articlePath = articlePath
        self.reference = reference
        self.maxColumns = maxColumns
        self.maxRows = maxRows
        self.fillsScreen = fillsScreen
    }
}
