/// The terminal graphics protocols libchafa can write.
public enum GraphicsProtocol: String, Sendable, Hashable {
    case kitty, sixel, iterm
}
