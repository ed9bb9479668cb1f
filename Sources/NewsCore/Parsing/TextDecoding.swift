import CUnicode
import Foundation

/// Turns a file's bytes into text the parsers can trust, or says precisely why it cannot.
///
/// UTF-8 (with or without a byte order mark) is the norm; UTF-16 is taken when a byte order mark
/// says so, and bytes that are not UTF-8 but decode cleanly as GB18030 (older Chinese files, GBK
/// and GB2312 included) are read so, with a warning. Foundation's decoders only report *that*
/// bytes are not UTF-8; users need to know *where* (an offset and a line to look at), so the
/// UTF-8 validation below is written by hand; GB18030 goes through ICU's converter.
enum TextDecoding {
    /// The text of a file and the encoding it was read in.
    struct Decoded: Equatable {
        enum Encoding: Equatable {
            case utf8, utf16, gb18030
        }

        var text: String
        var encoding: Encoding

        /// The warning to give about the encoding, when it is one an author should know about.
        var warning: String? {
            encoding == .gb18030 ? "not UTF-8; read as GB18030" : nil
        }
    }

    enum Failure: Error, Equatable {
        case empty
        case binary(offset: Int)
        case invalidUTF8(offset: Int, line: Int)
        case invalidUTF16

        var message: String {
            switch self {
            case .empty:
                return "empty file"
            case .binary(let offset):
                return "binary content (NUL byte at offset \(offset)); not a Markdown article"
            case .invalidUTF8(let offset, _):
                return "invalid UTF-8 at byte offset \(offset), and not GB18030 either; file skipped"
            case .invalidUTF16:
                return "a UTF-16 byte order mark, but the text is not valid UTF-16; file skipped"
            }
        }

        var line: Int? {
            if case .invalidUTF8(_, let line) = self { return line }
            return nil
        }
    }

    /// How far into a file to look for NUL bytes, the mark of binary content.
    private static let binaryProbeLength = 8192

    /// Decodes `data` (strict UTF-8, UTF-16 after its byte order mark, else GB18030), drops a byte
    /// order mark, and turns CRLF and lone CR into LF.
    static func decode(_ data: Data) -> Result<Decoded, Failure> {
        data.withUnsafeBytes { raw -> Result<Decoded, Failure> in
            let bytes = raw.bindMemory(to: UInt8.self)
            // Before the NUL probe: UTF-16 text is full of NUL bytes.
            if bytes.count >= 2, (bytes[0] == 0xFF && bytes[1] == 0xFE) || (bytes[0] == 0xFE && bytes[1] == 0xFF) {
                return decodeUTF16(UnsafeBufferPointer(rebasing: bytes[2...]), bigEndian: bytes[0] == 0xFE)
            }
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
            if let text = normalizingLineEndings(content) { return .success(Decoded(text: text, encoding: .utf8)) }
            if start == 0, let text = decodeGB18030(content) {
                return .success(Decoded(text: normalizingLineEndings(text), encoding: .gb18030))
            }
            let bad = firstInvalidUTF8Offset(in: content) ?? 0
            let line = content[..<bad].reduce(1) { $0 + ($1 == 0x0A ? 1 : 0) }
            return .failure(.invalidUTF8(offset: bad + start, line: line))
        }
    }

    private static func decodeUTF16(_ bytes: UnsafeBufferPointer<UInt8>, bigEndian: Bool) -> Result<Decoded, Failure> {
        guard bytes.count % 2 == 0 else { return .failure(.invalidUTF16) }
        let units = stride(from: 0, to: bytes.count, by: 2).map { offset -> UInt16 in
            let first = UInt16(bytes[offset]), second = UInt16(bytes[offset + 1])
            return bigEndian ? first << 8 | second : second << 8 | first
        }
        guard let text = String(validating: units, as: UTF16.self) else { return .failure(.invalidUTF16) }
        guard text.unicodeScalars.contains(where: { !$0.properties.isWhitespace }) else { return .failure(.empty) }
        return .success(Decoded(text: normalizingLineEndings(text), encoding: .utf16))
    }

    /// The bytes as GB18030 when every sequence in them is defined there, else nil.
    private static func decodeGB18030(_ bytes: UnsafeBufferPointer<UInt8>) -> String? {
        guard let base = bytes.baseAddress, bytes.count < Int(Int32.max) else { return nil }
        var units = [UInt16](repeating: 0, count: bytes.count)
        let written = units.withUnsafeMutableBufferPointer { output in
            cu_gb18030_to_utf16(base, Int32(bytes.count), output.baseAddress, Int32(output.count))
        }
        guard written >= 0 else { return nil }
        return String(validating: units[..<Int(written)], as: UTF16.self)
    }

    /// `text` with CRLF and lone CR turned into LF.
    private static func normalizingLineEndings(_ text: String) -> String {
        guard text.utf8.contains(0x0D) else { return text }
        return text.replacingOccurrences(of: "\r\n", with: "\n").replacingOccurrences(of: "\r", with: "\n")
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
