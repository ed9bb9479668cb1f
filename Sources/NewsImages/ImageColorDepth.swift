/// Colour depth for symbol drawings.
public enum ImageColorDepth: String, Sendable, Hashable {
    case trueColor = "truecolor", indexed256 = "256", indexed16 = "16"
}
