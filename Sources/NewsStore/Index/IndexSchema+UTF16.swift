import Foundation

/// The form of bodies waiting in `pending_text`: UTF-16 code units, little-endian (see ``IndexSchema``),
/// transcoded by hand both ways: the standard library's generic paths were a third of the parsing
/// threads' time (a key-path `map` over `utf16`) and slowed the search fill.
extension IndexSchema {
    /// The body as stored, written straight into the `Data` returned (no intermediate array).
    static func utf16Bytes(_ text: String) -> Data {
        var copy = text
        return copy.withUTF8 { bytes -> Data in
            // Never more UTF-16 code units than UTF-8 bytes (4 bytes make 2 units, fewer make 1).
            var data = Data(count: bytes.count * 2)
            let unitCount = data.withUnsafeMutableBytes { raw -> Int in
                let units = raw.bindMemory(to: UInt16.self)
                var count = 0, index = 0
                while index < bytes.count {
                    let lead = UInt32(bytes[index])
                    var scalar: UInt32
                    switch lead {
                    case 0..<0x80:
                        scalar = lead
                        index += 1
                    case 0xC0..<0xE0:
                        scalar = (lead & 0x1F) << 6 | UInt32(bytes[index + 1] & 0x3F)
                        index += 2
                    case 0xE0..<0xF0:
                        scalar = (lead & 0x0F) << 12 | UInt32(bytes[index + 1] & 0x3F) << 6 | UInt32(bytes[index + 2] & 0x3F)
                        index += 3
                    default:
                        scalar = (lead & 0x07) << 18 | UInt32(bytes[index + 1] & 0x3F) << 12
                            | UInt32(bytes[index + 2] & 0x3F) << 6 | UInt32(bytes[index + 3] & 0x3F)
                        index += 4
                    }
                    if scalar >= 0x10000 {
                        scalar -= 0x10000
                        units[count] = UInt16(0xD800 + (scalar >> 10)).littleEndian
                        units[count + 1] = UInt16(0xDC00 + (scalar & 0x3FF)).littleEndian
                        count += 2
                    } else {
                        units[count] = UInt16(scalar).littleEndian
                        count += 1
                    }
                }
                return count
            }
            data.count = unitCount * 2
            return data
        }
    }

    /// UTF-16 little-endian bytes as UTF-8 bytes (a lone surrogate becomes U+FFFD).
    static func utf8Data(fromUTF16 raw: UnsafeRawBufferPointer) -> Data {
        var data = Data(count: maximumUTF8Count(raw))
        let count = data.withUnsafeMutableBytes { transcode(raw, into: $0.bindMemory(to: UInt8.self)) }
        data.count = count
        return data
    }

    /// Each 2-byte unit makes at most 3 UTF-8 bytes (a surrogate pair, 4 bytes, makes 4).
    private static func maximumUTF8Count(_ raw: UnsafeRawBufferPointer) -> Int {
        raw.count / 2 * 3
    }

    /// Writes the UTF-8 form of `raw` into `output` (at least ``maximumUTF8Count(_:)`` long);
    /// returns the bytes written.
    private static func transcode(_ raw: UnsafeRawBufferPointer, into output: UnsafeMutableBufferPointer<UInt8>) -> Int {
        let bytes = raw.bindMemory(to: UInt8.self)
        var count = 0, index = 0
        while index + 1 < bytes.count {
            var scalar = UInt32(bytes[index]) | UInt32(bytes[index + 1]) << 8
            index += 2
            if scalar >= 0xD800 && scalar < 0xE000 {
                let low = index + 1 < bytes.count ? UInt32(bytes[index]) | UInt32(bytes[index + 1]) << 8 : 0
                if scalar < 0xDC00 && low >= 0xDC00 && low < 0xE000 {
                    scalar = 0x10000 + ((scalar - 0xD800) << 10) + (low - 0xDC00)
                    index += 2
                } else {
                    scalar = 0xFFFD
                }
            }
            switch scalar {
            case 0..<0x80:
                output[count] = UInt8(scalar)
                count += 1
            case 0x80..<0x800:
                output[count] = UInt8(0xC0 | scalar >> 6)
                output[count + 1] = UInt8(0x80 | scalar & 0x3F)
                count += 2
            case 0x10000...:
                output[count] = UInt8(0xF0 | scalar >> 18)
                output[count + 1] = UInt8(0x80 | scalar >> 12 & 0x3F)
                output[count + 2] = UInt8(0x80 | scalar >> 6 & 0x3F)
                output[count + 3] = UInt8(0x80 | scalar & 0x3F)
                count += 4
            default:
                output[count] = UInt8(0xE0 | scalar >> 12)
                output[count + 1] = UInt8(0x80 | scalar >> 6 & 0x3F)
                output[count + 2] = UInt8(0x80 | scalar & 0x3F)
                count += 3
            }
        }
        return count
    }
}
