/// The `images` setting and `--images` option: how pictures are drawn.
public enum ImageMode: String, CaseIterable, Sendable {
    case auto, kitty, sixel, iterm, symbols, off
}
