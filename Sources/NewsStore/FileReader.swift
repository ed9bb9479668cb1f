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
        case notRegularFile
        case system(String)

        var message: String {
            switch self {
            case .tooLarge(let size):
                return "file is \(size / 1_048_576) MB, over the \(maximumSize / 1_048_576) MB limit for an article; skipped"
            case .notRegularFile:
                return "not a regular file (a pipe, a device or a socket); skipped"
            case .system(let reason):
                return "cannot read file: \(reason)"
            }
        }
    }

    /// How often a file that changed while it was read is read again, and the pause before each
    /// retry: an editor or a sync tool rewriting an article in place must never give half a file.
    static let stableReadAttempts = 5
    static let retryPauseMicroseconds: useconds_t = 60_000

    /// Reads the file whole. When its size or modification time changed while it was being read
    /// (or the bytes read do not match its size), it is being written: pause and read it again,
    /// a few times; the last reading is returned if it never settles.
    static func read(path: String, expectedSize: Int) -> Result<Data, Failure> {
        var attempt = 1
        while true {
            let (result, settled) = readOnce(path: path, expectedSize: expectedSize)
            if settled || attempt == stableReadAttempts { return result }
            attempt += 1
            usleep(retryPauseMicroseconds)
        }
    }

    /// The first bytes of a file, for reading its front matter without its body.
    struct Head {
        /// At most the bytes asked for, cut after the last `\n` unless the file ended first.
        var data: Data
        /// True when `data` is the whole file.
        var isWholeFile: Bool
    }

    /// Reads up to `limit` bytes from the start of the file. A head is cut after its last line
    /// break, so no line (and no UTF-8 character) is cut in two.
    static func readHead(path: String, limit: Int) -> Result<Head, Failure> {
        let descriptor = open(path, openFlags)
        guard descriptor >= 0 else { return .failure(.system(String(cString: strerror(errno)))) }
        return readHead(descriptor: descriptor, limit: limit)
    }

    /// How every article is opened. A file the walk saw may have been replaced by a FIFO since:
    /// `O_NONBLOCK` makes its `open` return at once instead of waiting for a writer forever, and
    /// ``regularFileFailure(_:)`` then refuses it. It changes nothing for a regular file.
    static let openFlags = O_RDONLY | O_CLOEXEC | O_NONBLOCK

    /// Why the open `descriptor` is not read as an article (not a regular file), nil when it is.
    static func regularFileFailure(_ descriptor: Int32) -> Failure? {
        var info = stat()
        guard fstat(descriptor, &info) == 0 else { return .system(String(cString: strerror(errno))) }
        return info.st_mode & S_IFMT == S_IFREG ? nil : .notRegularFile
    }

    /// ``readHead(path:limit:)`` through a descriptor open at the start of the file (with
    /// ``openFlags``); closes it.
    static func readHead(descriptor: Int32, limit: Int) -> Result<Head, Failure> {
        defer { close(descriptor) }
        if let failure = regularFileFailure(descriptor) { return .failure(failure) }
        // Read into a plain buffer and make one `Data` at the end: `Data`'s storage is a class
        // whose every access is checked for exclusivity (a tenth of the head pass's CPU time at 100k).
        var bytes = [UInt8](repeating: 0, count: limit + 1)
        var failure: Failure?
        let filled = bytes.withUnsafeMutableBytes { raw -> Int in
            var filled = 0
            while filled < raw.count {
                let count = Glibc.read(descriptor, raw.baseAddress! + filled, raw.count - filled)
                if count < 0 {
                    if errno == EINTR { continue }
                    failure = .system(String(cString: strerror(errno)))
                    break
                }
                if count == 0 { break }
                filled += count
            }
            return filled
        }
        if let failure { return .failure(failure) }
        if filled <= limit {
            return .success(Head(data: Data(bytes[..<filled]), isWholeFile: true))
        }
        let lastBreak = bytes[..<limit].lastIndex(of: UInt8(ascii: "\n")).map { $0 + 1 } ?? 0
        return .success(Head(data: Data(bytes[..<lastBreak]), isWholeFile: false))
    }

    /// One reading, and whether the file stood still while it was read.
    private static func readOnce(path: String, expectedSize: Int) -> (Result<Data, Failure>, settled: Bool) {
        if expectedSize > maximumSize { return (.failure(.tooLarge(size: expectedSize)), true) }
        let descriptor = open(path, openFlags)
        guard descriptor >= 0 else { return (.failure(.system(String(cString: strerror(errno)))), true) }
        defer { close(descriptor) }
        var before = stat()
        guard fstat(descriptor, &before) == 0 else { return (.failure(.system(String(cString: strerror(errno)))), true) }
        guard before.st_mode & S_IFMT == S_IFREG else { return (.failure(.notRegularFile), true) }
        let result = readAll(descriptor, expectedSize: expectedSize)
        var after = stat()
        guard case .success(let data) = result, fstat(descriptor, &after) == 0 else { return (result, true) }
        let settled = before.st_size == after.st_size && before.st_mtim.tv_sec == after.st_mtim.tv_sec
            && before.st_mtim.tv_nsec == after.st_mtim.tv_nsec && data.count == Int(after.st_size)
        return (result, settled)
    }

    private static func readAll(_ descriptor: Int32, expectedSize: Int) -> Result<Data, Failure> {
        if expectedSize > maximumSize { return .failure(.tooLarge(size: expectedSize)) }
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
