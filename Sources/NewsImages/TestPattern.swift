/// A deterministic photo-like picture (smooth gradients with fine detail) of any size, for the
/// benchmark and tests that need large images without storing them.
public enum TestPattern {
    public static func photo(width: Int, height: Int) -> RGBAImage {
        var pixels = [UInt8](repeating: 255, count: width * height * 4)
        for y in 0..<height {
            for x in 0..<width {
                let offset = (y * width + x) * 4
                // Gradients plus a checker of 8-pixel squares: detail JPEG must actually encode.
                let detail = ((x / 8 + y / 8) % 2) * 24
                pixels[offset] = UInt8((x * 255 / max(1, width - 1) + detail) % 256)
                pixels[offset + 1] = UInt8((y * 255 / max(1, height - 1) + detail) % 256)
                pixels[offset + 2] = UInt8(((x + y) * 255 / max(1, width + height - 2)) % 256)
            }
        }
        return RGBAImage(width: width, height: height, pixels: pixels)
    }
}
