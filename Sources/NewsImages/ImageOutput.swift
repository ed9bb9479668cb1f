/// What will actually be drawn once the mode and the terminal are known.
public enum ImageOutput: Hashable, Sendable {
    /// `[图片: alt] path` text only.
    case placeholders
    case symbols(ImageColorDepth)
    case kitty
    case sixel
    case iterm
}
