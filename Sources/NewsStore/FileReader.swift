import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Reads whole files with POSIX calls so a failure carries the system's reason
/// ("Permission denied"), which `Data(contentsOf:)` hides behind a generic error.
enum FileReader {
    /// Files larger than this are reported, not read: no article is 16 MB, and reading a huge
    /// file whole would stall the launch (issue: hardening, "files over a size limit").
    static let maximumSize = 16 * 1024 * 1024

    enum Failure: Error, Equatable {
        case tooLarge(size: Int)
        case system(String)

        var message: String {
            switch self {
            case .tooLarge(let size):
                return "file is \(size / 1_048_576) MB, over the \(maximumSize / 1_048_576) MB limit for an article; skipped"
            case .system(let reason):
                return "cannot read file: \(reason)"
            }
        }
    }

    static func read(path: String, expectedSize: Int) -> Result<Data, Failure> {
        if expectedSize > maximumSize { return .failure(.tooLarge(size: expectedSize)) }
        let descriptor = open(path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else { return .failure(.system(String(cString: strerror(errno)))) }
        defer { close(descriptor) }
        // Read straight into the `Data` that is returned (one spare byte shows whether the file
        // grew), then shrink it: no second copy of every file.
        var data = Data(count: max(expectedSize, 0) + 1)
        var filled = 0
        while true {
            if filled == data.count {
                // The file grew since it was stat'ed; keep reading, still within the limit.
                guard data.count <= maximumSize else { return .failure(.tooLarge(size: data.count)) }
                data.count *= 2
            }
            let count = data.withUnsafeMutableBytes { raw in
                Glibc.read(descriptor, raw.baseAddress! + filled, raw.count - filled)
            }
            if count < 0 {
                if errno == EINTR { continue }
                return .failure(.system(String(cString: strerror(errno))))
            }
            if count == 0 { break }
            filled += count
        }
        data.count = filled
        return .success(data)
    }
}
