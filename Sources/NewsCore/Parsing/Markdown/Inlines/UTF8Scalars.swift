/// Reading Unicode scalars and their CommonMark character classes straight from UTF-8 bytes.
///
/// The inline parser scans `[UInt8]` with integer indices for speed; it only decodes a scalar where
/// a rule needs one (next to a delimiter run, around a line ending). Input always comes from a
/// Swift `String`, so the bytes are well-formed UTF-8.
enum UTF8Scalars {
    /// The scalar whose encoding starts at `index`, and the number of bytes it takes.
    static func scalar(in bytes: [UInt8], at index: Int) -> (scalar: Unicode.Scalar, length: Int) {
        let lead = UInt32(bytes[index])
        let length: Int
        var value: UInt32
        switch lead {
        case 0..<0x80: return (Unicode.Scalar(UInt8(lead)), 1)
        case 0xC0..<0xE0: length = 2; value = lead & 0x1F
        case 0xE0..<0xF0: length = 3; value = lead & 0x0F
        default: length = 4; value = lead & 0x07
        }
        let last = min(index + length, bytes.count)
        for position in (index + 1)..<max(index + 1, last) {
            value = (value << 6) | (UInt32(bytes[position]) & 0x3F)
        }
        return (Unicode.Scalar(value) ?? "\u{FFFD}", length)
    }

    /// The scalar that ends just before `index` and where it starts; `nil` at the start.
    static func scalar(in bytes: [UInt8], before index: Int) -> (scalar: Unicode.Scalar, start: Int)? {
        guard index > 0 else { return nil }
        var start = index - 1
        // Continuation bytes look like 10xxxxxx; step back to the lead byte (at most 3 steps).
        while start > 0, bytes[start] & 0xC0 == 0x80, index - start < 4 {
            start -= 1
        }
        return (scalar(in: bytes, at: start).scalar, start)
    }

    /// ASCII punctuation as CommonMark 0.31 §2.1 lists it: `!"#$%&'()*+,-./:;<=>?@[\]^_`{|}~`.
    static func isASCIIPunctuation(_ byte: UInt8) -> Bool {
        switch byte {
        case 0x21...0x2F, 0x3A...0x40, 0x5B...0x60, 0x7B...0x7E: return true
        default: return false
        }
    }

    /// A Unicode punctuation character (CommonMark 0.31 §2.1): general category P or S.
    static func isPunctuation(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0..<0x80: return isASCIIPunctuation(UInt8(scalar.value))
        // Fast path for the letters CJK text is made of (all category Lo): Han, kana, Hangul.
        case 0x3041...0x3096, 0x30A1...0x30FA, 0x3400...0x4DBF, 0x4E00...0x9FFF, 0xAC00...0xD7A3:
            return false
        // Fast path for the punctuation Chinese text is full of, all category P or S (checked
        // for every scalar by `StandaloneScalarTests`): general punctuation (—‘’“”…),
        // 、。〃, the CJK brackets 〈〉《》「」『』【】, and full-width ！（），：；？ and friends.
        case 0x2010...0x2027, 0x3001...0x3003, 0x3008...0x3011, 0xFF01...0xFF0F, 0xFF1A...0xFF20:
            return true
        default: break
        }
        switch scalar.properties.generalCategory {
        case .connectorPunctuation, .dashPunctuation, .openPunctuation, .closePunctuation,
             .initialPunctuation, .finalPunctuation, .otherPunctuation,
             .mathSymbol, .currencySymbol, .modifierSymbol, .otherSymbol:
            return true
        default:
            return false
        }
    }

    /// Unicode whitespace (CommonMark 0.31 §2.1): category Zs, tab, line feed, form feed, return.
    static func isWhitespace(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x09, 0x0A, 0x0C, 0x0D, 0x20: return true
        // Category Zs beyond ASCII (Unicode 16 UnicodeData.txt); a switch avoids a table lookup.
        case 0xA0, 0x1680, 0x2000...0x200A, 0x202F, 0x205F, 0x3000: return true
        default: return false
        }
    }
}
