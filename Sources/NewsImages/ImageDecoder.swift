import CImageCodecs
import Foundation

/// Decodes PNG, JPEG, GIF (first frame) and WebP with Debian's libraries (through CImageCodecs),
/// refusing oversized images from their header and stopping at the time budget.
public enum ImageDecoder {
    /// The declared size, read from the header only (for `check`, and to refuse bombs cheaply).
    public static func probe(_ data: [UInt8]) throws(ImageFailure) -> (format: ImageFormat, width: Int, height: Int) {
        let format = try sniff(data)
        var width: UInt32 = 0, height: UInt32 = 0
        var message = [CChar](repeating: 0, count: 256)
        let status = data.withUnsafeBufferPointer { bytes in
            ci_probe(format.codec, bytes.baseAddress, bytes.count, &width, &height, &message, message.count)
        }
        try check(status, format: format, message: message, limits: .standard, width: Int(width), height: Int(height))
        return (format, Int(width), Int(height))
    }

    /// Decodes `data`. `wantedWidth`/`wantedHeight` (pixels) let JPEG decode at a reduced scale
    /// that still covers them; other formats decode at full size.
    public static func decode(_ data: [UInt8], limits: ImageLimits = .standard,
                              wantedWidth: Int = 0, wantedHeight: Int = 0) throws(ImageFailure) -> RGBAImage {
        let format = try sniff(data)
        let header = try probe(data)
        guard header.width * header.height <= limits.maxPixels else {
            throw .tooManyPixels(width: header.width, height: header.height, limit: limits.maxPixels)
        }
        let codecLimits = ci_limits(max_pixels: UInt64(limits.maxPixels), budget_ms: UInt32(clamping: limits.budgetMilliseconds),
                                    wanted_width: UInt32(clamping: wantedWidth), wanted_height: UInt32(clamping: wantedHeight))
        var decoded = ci_image()
        var message = [CChar](repeating: 0, count: 256)
        let status = data.withUnsafeBufferPointer { bytes in
            ci_decode(format.codec, bytes.baseAddress, bytes.count, codecLimits, &decoded, &message, message.count)
        }
        defer { ci_free(decoded.pixels) }
        try check(status, format: format, message: message, limits: limits, width: header.width, height: header.height)
        guard let pixels = decoded.pixels else { throw .outOfMemory }
        let count = Int(decoded.width) * Int(decoded.height) * 4
        return RGBAImage(width: Int(decoded.width), height: Int(decoded.height),
                         pixels: Array(UnsafeBufferPointer(start: pixels, count: count)))
    }

    private static func sniff(_ data: [UInt8]) throws(ImageFailure) -> ImageFormat {
        guard !data.isEmpty else { throw .empty }
        guard let format = ImageFormat.sniff(data) else { throw .unknownFormat }
        return format
    }

    private static func check(_ status: ci_status, format: ImageFormat, message: [CChar], limits: ImageLimits,
                              width: Int, height: Int) throws(ImageFailure) {
        let reason = String(decoding: message.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
        switch status {
        case CI_OK: return
        case CI_TOO_LARGE: throw .tooManyPixels(width: width, height: height, limit: limits.maxPixels)
        case CI_TIMEOUT: throw .timedOut(milliseconds: limits.budgetMilliseconds)
        case CI_UNSUPPORTED: throw .unsupported(format, reason)
        case CI_NO_MEMORY: throw .outOfMemory
        default: throw .corrupt(format, reason.isEmpty ? "unreadable data" : reason)
        }
    }
}

extension ImageFormat {
    var codec: ci_format {
        switch self {
        case .png: return CI_FORMAT_PNG
        case .jpeg: return CI_FORMAT_JPEG
        case .gif: return CI_FORMAT_GIF
        case .webp: return CI_FORMAT_WEBP
        }
    }
}
