import Foundation

/// Finding one byte value in a buffer with C's `memchr`, which compares many bytes at a time:
/// `firstIndex(of:)`, `contains(_:)` and hand-written scans compiled to byte-by-byte loops that
/// showed in parse profiles (line ends, NUL and CR checks over whole files).
enum ByteSearch {
    /// The offset of the first `byte` in `bytes`, nil when there is none.
    static func firstOffset(of byte: UInt8, in bytes: UnsafeBufferPointer<UInt8>) -> Int? {
        // Safe: memchr reads at most `bytes.count` bytes from the buffer's own start address, and
        // any pointer it returns lies inside that buffer.
        guard let base = bytes.baseAddress, let found = memchr(base, Int32(byte), bytes.count) else { return nil }
        return UnsafeRawPointer(base).distance(to: UnsafeRawPointer(found))
    }

    /// The index of the first `byte` in `bytes[start..<end]`, or `end` when there is none.
    static func firstIndex(of byte: UInt8, in bytes: [UInt8], from start: Int, to end: Int) -> Int {
        bytes.withUnsafeBufferPointer { buffer in
            let range = UnsafeBufferPointer(rebasing: buffer[start..<end])
            return firstOffset(of: byte, in: range).map { start + $0 } ?? end
        }
    }
}
