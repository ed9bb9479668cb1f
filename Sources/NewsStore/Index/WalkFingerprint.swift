import Foundation

/// A digest of the files a walk found (each one's relative path, size and modification time)
/// that does not depend on the order they were found in: each file is hashed on its own and the
/// hashes are added up. So a walk can be fingerprinted as it goes, holding no file at all (the
/// launch's check of an index it trusted, ``FingerprintWalk``), and give the same text as the
/// files of a sorted walk (``IndexSync/fingerprint(_:)``).
///
/// Two 64-bit hashes per file (FNV-1a and a multiply-xorshift, each finished with a mixing step so
/// their sums spread) and the count: a change going unnoticed is not a practical concern.
struct WalkFingerprint {
    private var first: UInt64 = 0
    private var second: UInt64 = 0
    private var count = 0

    mutating func add(path: UnsafeBufferPointer<UInt8>, size: Int, modificationNanoseconds: Int64) {
        var file = FileDigest()
        for byte in path { file.feed(byte) }
        file.feed(UInt8(0))
        file.feed(UInt64(truncatingIfNeeded: size))
        file.feed(UInt64(bitPattern: modificationNanoseconds))
        first &+= Self.mix(file.first)
        second &+= Self.mix(file.second)
        count += 1
    }

    /// As stored in the index's `meta` table.
    var text: String {
        String(first, radix: 16) + "-" + String(second, radix: 16) + "-\(count)"
    }

    /// The finalizer of MurmurHash3's 64-bit variant: every input bit reaches every output bit.
    private static func mix(_ value: UInt64) -> UInt64 {
        var mixed = value
        mixed ^= mixed >> 33
        mixed = mixed &* 0xFF51_AFD7_ED55_8CCD
        mixed ^= mixed >> 33
        mixed = mixed &* 0xC4CE_B9FE_1A85_EC53
        mixed ^= mixed >> 33
        return mixed
    }

    /// One file's two hashes.
    private struct FileDigest {
        var first: UInt64 = 0xcbf2_9ce4_8422_2325, second: UInt64 = 0x9E37_79B9_7F4A_7C15

        mutating func feed(_ byte: UInt8) {
            first = (first ^ UInt64(byte)) &* 0x0000_0100_0000_01B3
            second = (second ^ UInt64(byte)) &* 0xFF51_AFD7_ED55_8CCD
            second ^= second >> 29
        }

        mutating func feed(_ value: UInt64) {
            for shift in stride(from: UInt64(0), to: 64, by: 8) { feed(UInt8(truncatingIfNeeded: value >> shift)) }
        }
    }
}
