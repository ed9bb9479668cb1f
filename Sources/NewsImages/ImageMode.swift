/// The `images` setting and `--images` option: how pictures are drawn.
public enum ImageMode: String, CaseIterable, Sendable {
    case auto, kitty, sixel, iterm, symbols, off
}

/// Colour depth for symbol drawings.
public enum ImageColorDepth: String, Sendable, Hashable {
    case trueColor = "truecolor", indexed256 = "256", indexed16 = "16"
}

/// What will actually be drawn once the mode and the terminal are known.
public enum ImageOutput: Hashable, Sendable {
    /// `[图片: alt] path` text only.
    case placeholders
    case symbols(ImageColorDepth)
    case kitty
    case sixel
    case iterm
}
