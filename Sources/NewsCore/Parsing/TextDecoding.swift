import Foundation

/// Turns a file's bytes into text the parsers can trust, or says precisely why it cannot.
///
/// Foundation's decoders only report *that* bytes are not UTF-8; users need to know *where*
/// (an offset and a line to look at), so the validation below is written by hand.
enum TextDecoding {
    enum Failure: Error, Equatable {
        case empty
        case binary(offset: Int)
        case invalidUTF8(offset: Int, line: Int)

        var message: String {
            switch self {
            case .empty:
                return "empty file"
            case .binary(let offset):
                return "binary content (NUL byte at offset \(offset)); not a Markdown article"
            case .invalidUTF8(let offset, _):
                return "invalid UTF-8 at byte offset \(offset) (the file may be in another encoding such as GBK); file skipped"
            }
        }

        var line: Int? {
            if case .invalidUTF8(_, let line) = self { return line }
            return nil
        }
    }

    /// How far into a file to look for NUL bytes, the mark of binary content.
    private static let binaryProbeLength = 8192

    /// Decodes `data` as strict UTF-8, drops a byte order mark, and turns CRLF and lone CR into LF.
    static func decode(_ data: Data) -> Result<String, Failure> {
        data.withUnsafeBytes { raw -> Result<String, Failure> in
            let bytes = raw.bindMemory(to: UInt8.self)
            if let nul = ByteSearch.firstOffset(of: 0, in: UnsafeBufferPointer(rebasing: bytes.prefix(binaryProbeLength))) {
                return .failure(.binary(offset: nul))
            }
            var start = 0
            if bytes.count >= 3, bytes[0] == 0xEF, bytes[1] == 0xBB, bytes[2] == 0xBF { start = 3 }
            let content = UnsafeBufferPointer(rebasing: bytes[start...])
            if content.allSatisfy({ $0 == 0x20 || $0 == 0x0A || $0 == 0x0D || $0 == 0x09 }) {
                return .failure(.empty)
            }
            // The standard library's validation (same rules as ours: table 3-7) runs while the
            // `String` is built; our slower scan only runs to locate the error in a bad file.
            if let text = normalizingLineEndings(content) { return .success(text) }
            let bad = firstInvalidUTF8Offset(in: content) ?? 0
            let line = content[..<bad].reduce(1) { $0 + ($1 == 0x0A ? 1 : 0) }
            return .failure(.invalidUTF8(offset: bad + start, line: line))
        }
    }

    /// The offset of the first byte that does not start or continue a well-formed UTF-8 sequence
    /// (Unicode 15, table 3-7: no overlongs, no surrogates, nothing above U+10FFFF).
    static func firstInvalidUTF8Offset(in bytes: UnsafeBufferPointer<UInt8>) -> Int? {
        var index = 0
        let count = bytes.count
        while index < count {
            let lead = bytes[index]
            if lead < 0x80 { index += 1; continue }
            let length: Int
            var low: UInt8 = 0x80, high: UInt8 = 0xBF
            switch lead {
            case 0xC2...0xDF: length = 2
            case 0xE0: length = 3; low = 0xA0
            case 0xE1...0xEC, 0xEE...0xEF: length = 3
            case 0xED: length = 3; high = 0x9F
            case 0xF0: length = 4; low = 0x90
            case 0xF1...0xF3: length = 4
            case 0xF4: length = 4; high = 0x8F
            default: return index
            }
            guard index + length <= count else { return index }
            let second = bytes[index + 1]
            guard second >= low, second <= high else { return index }
            for offset in 2..<max(2, length) where bytes[index + offset] & 0xC0 != 0x80 {
                return index
            }
            index += length
        }
        return nil
    }

    /// The text with CRLF and lone CR turned into LF; nil when `bytes` are not valid UTF-8
    /// (replacing CR by LF cannot change that).
    private static func normalizingLineEndings(_ bytes: UnsafeBufferPointer<UInt8>) -> String? {
        guard ByteSearch.firstOffset(of: 0x0D, in: bytes) != nil else { return String(validating: bytes, as: UTF8.self) }
        var output = [UInt8]()
        output.reserveCapacity(bytes.count)
        var index = 0
        while index < bytes.count {
            let byte = bytes[index]
            if byte == 0x0D {
                output.append(0x0A)
                if index + 1 < bytes.count, bytes[index + 1] == 0x0A { index += 1 }
            } else {
                output.append(byte)
            }
            index += 1
        }
        return String(validating: output, as: UTF8.self)
    }
}
