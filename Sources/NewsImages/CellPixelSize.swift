/// The size of one terminal cell in pixels, which protocol images are scaled to.
public struct CellPixelSize: Hashable, Sendable {
    public var width: Int
    public var height: Int

    public init(width: Int, height: Int) {
        self.width = width
        self.height = height
    }

    /// What most terminals use at common font sizes, when the terminal does not say.
    public static let typical = CellPixelSize(width: 10, height: 20)
}
