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

    /// The index of the first ASCII byte (below 0x80) in `bytes[start..<end]`, or `end`.
    ///
    /// Eight bytes at a time: Chinese prose is long runs of bytes of 0x80 and above (three per
    /// character), and only ASCII bytes can be Markdown syntax, so the scans over plain text skip
    /// those runs this way instead of testing each byte (a tenth of a body parse was such loops).
    @inline(__always)
    static func firstASCII(in bytes: UnsafeBufferPointer<UInt8>, from start: Int, to end: Int) -> Int {
        var index = start
        if let base = bytes.baseAddress {
            let highBits: UInt64 = 0x8080_8080_8080_8080
            // Safe: each load reads bytes index..<index+8, all before `end` (at most `bytes.count`).
            while index + 8 <= end, UnsafeRawPointer(base + index).loadUnaligned(as: UInt64.self) & highBits == highBits {
                index += 8
            }
        }
        while index < end, bytes[index] >= 0x80 { index += 1 }
        return index
    }
}
