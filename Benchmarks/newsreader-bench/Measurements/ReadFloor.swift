import Foundation
import NewsStore
#if canImport(Glibc)
import Glibc
#endif

/// The floors of issue 16's table: what reading the library's bytes costs by itself, so a first
/// build can be set against the I/O it cannot avoid.
enum ReadFloor {
    /// Seconds to read the first `limit` bytes of every article file (or all of each, with nil),
    /// one file after another, after a walk that is not timed.
    static func seconds(readingAtMost limit: Int?, of library: URL) -> Double {
        let files = LibraryScanner.scan(root: library.path).files
        var buffer = [UInt8](repeating: 0, count: 1 << 16)
        return Timing.measure {
            var total = 0
            for file in files {
                let descriptor = open(file.absolutePath, O_RDONLY)
                guard descriptor >= 0 else { continue }
                var remaining = limit ?? Int.max
                while remaining > 0 {
                    let count = buffer.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, min($0.count, remaining)) }
                    if count <= 0 { break }
                    total += count
                    remaining -= count
                }
                close(descriptor)
            }
            return total
        }.seconds
    }
}
