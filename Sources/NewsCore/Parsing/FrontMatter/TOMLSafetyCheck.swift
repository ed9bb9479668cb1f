/// Finds the invalid TOML that makes toml++ (inside TOMLKit 0.6.0) abort instead of reporting an
/// error, so it can be reported without calling toml++.
///
/// toml++ asserts (an `assert` in debug builds, `__builtin_assume` — undefined behaviour — where
/// `NDEBUG` is set) that a table header's first key starts with a bare-key character or a quote
/// (`[<`, `[数据`, `[[#`, a lone `[` break that), that an array never holds `}` where a value
/// should be (`x = [}`), and that a date-time's time starts with a digit (`a=2025-06-21T:`,
/// found by fuzz-frontmatter: `parse_date_time` calls `parse_time` after the `T` unchecked).
/// Front matter is untrusted, so this light lexer runs first: it skips strings and comments and
/// follows brackets, so a `[` inside a value is no header.
///
/// Public because the configuration file (`config.toml`) is read with TOMLKit too.
public enum TOMLSafetyCheck {
    /// Where the TOML first breaks one of toml++'s assumptions, and which one.
    public struct Finding: Equatable, Sendable {
        /// 1-based line within the TOML text.
        public var line: Int
        public var message: String
    }

    /// The first place toml++ cannot be trusted with, or nil when it can parse the text safely.
    public static func firstUnsafeConstruct(in toml: String) -> Finding? {
        let bytes = Array(toml.utf8)
        var index = 0
        var line = 1
        var openBrackets: [UInt8] = []
        var atLineStart = true
        // The last byte outside whitespace, strings and comments: what a value would follow.
        var previous: UInt8 = 0x0A
        while index < bytes.count {
            let byte = bytes[index]
            if byte == 0x0A {
                line += 1
                atLineStart = true
                index += 1
                continue
            }
            if byte == 0x20 || byte == 0x09 || byte == 0x0D {
                index += 1
                continue
            }
            if atLineStart, openBrackets.isEmpty, byte == UInt8(ascii: "[") {
                var next = index + 1
                if next < bytes.count, bytes[next] == UInt8(ascii: "[") { next += 1 }
                while next < bytes.count, bytes[next] == 0x20 || bytes[next] == 0x09 { next += 1 }
                guard next < bytes.count, startsHeaderKey(bytes[next]) else {
                    return Finding(line: line, message: "a table header needs a key")
                }
                index = skipHeader(bytes, from: next)
                atLineStart = false
                previous = UInt8(ascii: "]")
                continue
            }
            atLineStart = false
            switch byte {
            case UInt8(ascii: "#"):
                while index < bytes.count, bytes[index] != 0x0A { index += 1 }
            case UInt8(ascii: "\""), UInt8(ascii: "'"):
                index = skipString(bytes, from: index, counting: &line)
            case UInt8(ascii: "["), UInt8(ascii: "{"):
                openBrackets.append(byte)
                index += 1
            case UInt8(ascii: "]"), UInt8(ascii: "}"):
                if byte == UInt8(ascii: "}"), openBrackets.last == UInt8(ascii: "[") {
                    return Finding(line: line, message: "'}' closes an array")
                }
                _ = openBrackets.popLast()
                index += 1
            default:
                // A value starts after `=`, or after `[` or `,` inside an array.
                let startsValue = previous == UInt8(ascii: "=")
                    || (openBrackets.last == UInt8(ascii: "[") && (previous == UInt8(ascii: "[") || previous == UInt8(ascii: ",")))
                if startsValue, datesWithoutTime(bytes, at: index) {
                    return Finding(line: line, message: "a date-time needs a time after its 'T'")
                }
                index += 1
            }
            if byte != UInt8(ascii: "#") { previous = byte }
        }
        return nil
    }

    /// Whether `YYYY-MM-DD` then `T` or `t` starts at `index` with no digit after the `T`: never
    /// valid TOML, and the one date-time toml++ does not check before reading the time.
    private static func datesWithoutTime(_ bytes: [UInt8], at index: Int) -> Bool {
        func isDigit(_ offset: Int) -> Bool {
            index + offset < bytes.count && (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(bytes[index + offset])
        }
        guard index + 10 < bytes.count, bytes[index + 4] == UInt8(ascii: "-"), bytes[index + 7] == UInt8(ascii: "-"),
              bytes[index + 10] == UInt8(ascii: "T") || bytes[index + 10] == UInt8(ascii: "t") else { return false }
        return [0, 1, 2, 3, 5, 6, 8, 9].allSatisfy(isDigit) && !isDigit(11)
    }

    /// A bare-key character (`A-Za-z0-9_-`), a quote, or the `]` of an empty header (which toml++
    /// reports as an error on its own).
    private static func startsHeaderKey(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "a")...UInt8(ascii: "z"),
             UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "_"), UInt8(ascii: "-"),
             UInt8(ascii: "\""), UInt8(ascii: "'"), UInt8(ascii: "]"):
            return true
        default:
            return false
        }
    }

    /// The index after a header's keys (quoted keys skipped whole), stopping at the line's end.
    private static func skipHeader(_ bytes: [UInt8], from start: Int) -> Int {
        var index = start
        var line = 0
        while index < bytes.count, bytes[index] != 0x0A, bytes[index] != UInt8(ascii: "]") {
            if bytes[index] == UInt8(ascii: "\"") || bytes[index] == UInt8(ascii: "'") {
                index = skipString(bytes, from: index, counting: &line)
            } else {
                index += 1
            }
        }
        return index
    }

    /// The index after the string opening at `start`: `"…"` with escapes, `'…'`, or their
    /// three-quote multi-line forms, whose newlines are counted into `line`.
    private static func skipString(_ bytes: [UInt8], from start: Int, counting line: inout Int) -> Int {
        let quote = bytes[start]
        let isMultiline = start + 2 < bytes.count && bytes[start + 1] == quote && bytes[start + 2] == quote
        var index = start + (isMultiline ? 3 : 1)
        while index < bytes.count {
            let byte = bytes[index]
            if byte == UInt8(ascii: "\\"), quote == UInt8(ascii: "\"") {
                if index + 1 < bytes.count, bytes[index + 1] == 0x0A { line += 1 }
                index += 2
                continue
            }
            if byte == 0x0A {
                guard isMultiline else { return index }  // A single-line string ends with its line.
                line += 1
            }
            if byte == quote {
                if !isMultiline { return index + 1 }
                if index + 2 < bytes.count, bytes[index + 1] == quote, bytes[index + 2] == quote { return index + 3 }
            }
            index += 1
        }
        return index
    }
}
