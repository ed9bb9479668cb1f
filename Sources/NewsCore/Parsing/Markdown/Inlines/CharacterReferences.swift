/// Entity and numeric character references (`&ouml;`, `&#35;`, `&#x22;`), CommonMark 0.31 §2.5.
enum CharacterReferences {
    /// The HTML5 named references, name (without `&` and `;`) → replacement text.
    /// Built once, on first use, from ``HTMLEntityData/table``.
    private static let named: [String: String] = {
        var table: [String: String] = [:]
        table.reserveCapacity(2200)
        for entry in HTMLEntityData.table.split(whereSeparator: { $0 == " " || $0 == "\n" }) {
            guard let colon = entry.firstIndex(of: ":") else { continue }
            var text = ""
            for hex in entry[entry.index(after: colon)...].split(separator: "+") {
                if let value = UInt32(hex, radix: 16), let scalar = Unicode.Scalar(value) {
                    text.unicodeScalars.append(scalar)
                }
            }
            table[String(entry[..<colon])] = text
        }
        return table
    }()

    /// The longest entity name in the HTML5 list is 31 characters.
    private static let maximumNameLength = 32

    /// Matches a reference starting at `bytes[start] == "&"`, ending before `end`.
    /// - Returns: the decoded text and the index just past the `;`, or `nil` when it is no reference.
    static func match(_ bytes: [UInt8], at start: Int, end: Int) -> (text: String, next: Int)? {
        var index = start + 1
        guard index < end else { return nil }
        if bytes[index] == UInt8(ascii: "#") {
            return matchNumeric(bytes, afterHash: index + 1, end: end)
        }
        let nameStart = index
        while index < end, index - nameStart <= maximumNameLength, isAlphanumeric(bytes[index]) {
            index += 1
        }
        guard index > nameStart, index < end, bytes[index] == UInt8(ascii: ";") else { return nil }
        let name = String(decoding: bytes[nameStart..<index], as: UTF8.self)
        guard let text = named[name] else { return nil }
        return (text, index + 1)
    }

    /// `&#` then 1–7 decimal digits, or `&#x` / `&#X` then 1–6 hex digits, then `;`.
    private static func matchNumeric(_ bytes: [UInt8], afterHash: Int, end: Int) -> (text: String, next: Int)? {
        var index = afterHash
        var radix: UInt32 = 10
        var maximumDigits = 7
        if index < end, bytes[index] | 0x20 == UInt8(ascii: "x") {
            radix = 16
            maximumDigits = 6
            index += 1
        }
        let digitsStart = index
        var value: UInt32 = 0
        while index < end, index - digitsStart < maximumDigits, let digit = digitValue(bytes[index], radix: radix) {
            value = value * radix + digit
            index += 1
        }
        guard index > digitsStart, index < end, bytes[index] == UInt8(ascii: ";") else { return nil }
        // Code point 0, surrogates and values past U+10FFFF become U+FFFD (§2.5); C1 controls
        // become what browsers show for them (`&#150;` is an en dash).
        let scalar = value == 0 ? nil : Windows1252References.replacement(for: value) ?? Unicode.Scalar(value)
        return (String(scalar ?? "\u{FFFD}"), index + 1)
    }

    private static func digitValue(_ byte: UInt8, radix: UInt32) -> UInt32? {
        switch byte {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): return UInt32(byte - UInt8(ascii: "0"))
        case UInt8(ascii: "a")...UInt8(ascii: "f") where radix == 16: return UInt32(byte - UInt8(ascii: "a") + 10)
        case UInt8(ascii: "A")...UInt8(ascii: "F") where radix == 16: return UInt32(byte - UInt8(ascii: "A") + 10)
        default: return nil
        }
    }

    private static func isAlphanumeric(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "a")...UInt8(ascii: "z"),
             UInt8(ascii: "A")...UInt8(ascii: "Z"):
            return true
        default:
            return false
        }
    }
}
