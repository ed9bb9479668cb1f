/// What one image may cost before newsreader gives up on it.
public struct ImageLimits: Sendable, Equatable {
    /// Declared width × height above this is refused before any pixel is decoded: a small file
    /// can declare a huge image (a decompression bomb). 40 megapixels covers large photos.
    public var maxPixels: Int
    /// Files larger than this are not read at all.
    public var maxFileBytes: Int
    /// Wall-clock milliseconds a decode may take.
    public var budgetMilliseconds: Int

    public init(maxPixels: Int = 40_000_000, maxFileBytes: Int = 64 * 1_048_576, budgetMilliseconds: Int = 2_000) {
        self.maxPixels = maxPixels
        self.maxFileBytes = maxFileBytes
        self.budgetMilliseconds = budgetMilliseconds
    }

    public static let standard = ImageLimits()
}
