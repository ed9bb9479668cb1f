import CImageCodecs

/// libjpeg-turbo's encoder, for the benchmark and tests that need large photos on the fly
/// (a 1920×1080 JPEG is too big to keep in the repository).
public enum JPEGEncoder {
    /// The image as JPEG bytes, or nil when libjpeg refuses it.
    public static func encode(_ image: RGBAImage, quality: Int = 85) -> [UInt8]? {
        image.pixels.withUnsafeBufferPointer { pixels in
            var source = ci_image(pixels: UnsafeMutablePointer(mutating: pixels.baseAddress),
                                  width: UInt32(image.width), height: UInt32(image.height))
            var length = 0
            guard let bytes = ci_encode_jpeg(&source, Int32(quality), &length) else { return nil }
            defer { ci_free(bytes) }
            return Array(UnsafeBufferPointer(start: bytes, count: length))
        }
    }
}
