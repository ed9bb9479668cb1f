/// Scanners for the parts of links shared by inline links and link reference definitions:
/// destination, title and label (CommonMark 0.31 §6.3). All work on UTF-8 bytes, `end` exclusive.
enum LinkSyntax {
    /// CommonMark allows at most 999 characters inside a label's brackets.
    static let maximumLabelLength = 999
    /// Parentheses nest at most this deep in a bare destination (as cmark does; keeps scans short).
    private static let maximumParenthesisDepth = 32

    private static let backslash = UInt8(ascii: "\\")
    private static let newline = UInt8(ascii: "\n")

    /// Skips spaces and tabs, then at most one line ending, then spaces and tabs again.
    static func skipSpacesAndOneNewline(_ bytes: [UInt8], from start: Int, end: Int) -> Int {
        var index = skipSpaces(bytes, from: start, end: end)
        if index < end, bytes[index] == newline {
            index = skipSpaces(bytes, from: index + 1, end: end)
        }
        return index
    }

    /// Skips spaces and tabs.
    static func skipSpaces(_ bytes: [UInt8], from start: Int, end: Int) -> Int {
        var index = start
        while index < end, bytes[index] == UInt8(ascii: " ") || bytes[index] == UInt8(ascii: "\t") {
            index += 1
        }
        return index
    }

    /// A destination at `start`: `<…>` (no line ending, no unescaped `<` `>`), or a bare run without
    /// spaces or control characters and with balanced parentheses (possibly empty).
    /// - Returns: the range of its text (still escaped) and the index after it.
    static func destination(_ bytes: [UInt8], from start: Int, end: Int) -> (value: Range<Int>, next: Int)? {
        guard start < end else { return (start..<start, start) }
        if bytes[start] == UInt8(ascii: "<") {
            var index = start + 1
            while index < end {
                switch bytes[index] {
                case UInt8(ascii: ">"): return ((start + 1)..<index, index + 1)
                case newline, UInt8(ascii: "<"): return nil
                case backslash where index + 1 < end && UTF8Scalars.isASCIIPunctuation(bytes[index + 1]):
                    index += 2
                default: index += 1
                }
            }
            return nil
        }
        var index = start
        var depth = 0
        scan: while index < end {
            let byte = bytes[index]
            switch byte {
            case 0...0x20, 0x7F:
                break scan
            case backslash where index + 1 < end && UTF8Scalars.isASCIIPunctuation(bytes[index + 1]):
                index += 2
            case UInt8(ascii: "("):
                depth += 1
                guard depth <= maximumParenthesisDepth else { return nil }
                index += 1
            case UInt8(ascii: ")"):
                if depth == 0 { break scan }
                depth -= 1
                index += 1
            default:
                index += 1
            }
        }
        guard depth == 0 else { return nil }
        return (start..<index, index)
    }

    /// A title at `start`: `"…"`, `'…'` or `(…)`, the closing character escaped inside with `\`.
    /// - Returns: the range of its text (still escaped) and the index after the closing character.
    static func title(_ bytes: [UInt8], from start: Int, end: Int) -> (value: Range<Int>, next: Int)? {
        guard start < end else { return nil }
        let closing: UInt8
        switch bytes[start] {
        case UInt8(ascii: "\""): closing = UInt8(ascii: "\"")
        case UInt8(ascii: "'"): closing = UInt8(ascii: "'")
        case UInt8(ascii: "("): closing = UInt8(ascii: ")")
        default: return nil
        }
        var index = start + 1
        while index < end {
            let byte = bytes[index]
            if byte == closing { return ((start + 1)..<index, index + 1) }
            if byte == backslash, index + 1 < end, UTF8Scalars.isASCIIPunctuation(bytes[index + 1]) {
                index += 2
                continue
            }
            if closing == UInt8(ascii: ")"), byte == UInt8(ascii: "(") { return nil }
            if byte == newline, isBlankLine(bytes, from: index + 1, end: end) { return nil }
            index += 1
        }
        return nil
    }

    /// A label at `start` (`[`…`]`): no unescaped brackets, at most 999 characters, at least one
    /// that is not whitespace.
    /// - Returns: the range inside the brackets and the index after `]`.
    static func label(_ bytes: [UInt8], from start: Int, end: Int) -> (value: Range<Int>, next: Int)? {
        guard start < end, bytes[start] == UInt8(ascii: "[") else { return nil }
        var index = start + 1
        var hasContent = false
        while index < end, index - start - 1 <= maximumLabelLength {
            switch bytes[index] {
            case UInt8(ascii: "]"):
                return hasContent ? ((start + 1)..<index, index + 1) : nil
            case UInt8(ascii: "["):
                return nil
            case backslash:
                hasContent = true
                index += (index + 1 < end && UTF8Scalars.isASCIIPunctuation(bytes[index + 1])) ? 2 : 1
            case UInt8(ascii: " "), UInt8(ascii: "\t"), newline:
                index += 1
            default:
                hasContent = true
                index += 1
            }
        }
        return nil
    }

    /// Whether the line starting at `start` holds only spaces and tabs.
    private static func isBlankLine(_ bytes: [UInt8], from start: Int, end: Int) -> Bool {
        let index = skipSpaces(bytes, from: start, end: end)
        return index >= end || bytes[index] == newline
    }
}
