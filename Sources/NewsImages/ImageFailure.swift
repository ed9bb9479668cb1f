/// Why an image cannot be shown. `description` is the reason a user reads in a placeholder or a
/// `check` warning (the caller names the article and the image).
public enum ImageFailure: Error, Equatable, Sendable, CustomStringConvertible {
    case missing
    case unreadable(String)
    case empty
    case fileTooLarge(bytes: Int, limit: Int)
    case unknownFormat
    case tooManyPixels(width: Int, height: Int, limit: Int)
    case corrupt(ImageFormat, String)
    case unsupported(ImageFormat, String)
    case timedOut(milliseconds: Int)
    case outOfMemory
    /// An `http`/`https` image: never fetched.
    case remote
    /// A local path that resolves outside the library and its site folder.
    case outsideLibrary

    public var description: String {
        switch self {
        case .missing: return "file not found"
        case .unreadable(let reason): return "cannot read the file (\(reason))"
        case .empty: return "the file is empty"
        case .fileTooLarge(let bytes, let limit):
            return "the file is \(bytes / 1_048_576) MiB, more than the \(limit / 1_048_576) MiB allowed"
        case .unknownFormat: return "not a PNG, JPEG, GIF or WebP image"
        case .tooManyPixels(let width, let height, let limit):
            return "declares \(width)×\(height) pixels, more than the \(limit / 1_000_000) megapixels allowed"
        case .corrupt(let format, let reason): return "broken \(format.rawValue): \(reason)"
        case .unsupported(let format, let reason): return "\(format.rawValue) not supported: \(reason)"
        case .timedOut(let milliseconds): return "decoding took longer than \(milliseconds) ms"
        case .outOfMemory: return "not enough memory to decode"
        case .remote: return "remote images are not fetched"
        case .outsideLibrary: return "the path lies outside the library"
        }
    }
}
