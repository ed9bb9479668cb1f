/// Recognises what may follow a `<` in inline text: autolinks (§6.5) and raw HTML (§6.6).
///
/// It remembers when a search for a closing marker (`-->`, `?>`, `]]>`, `>`) ran to the end of the
/// text without success, so that a later `<` does not search again: many unclosed `<!--` stay linear.
struct AngleBracketScanner {
    private let bytes: [UInt8]
    private let end: Int
    private var commentNeverCloses = false
    private var instructionNeverCloses = false
    private var cdataNeverCloses = false
    private var declarationNeverCloses = false

    init(bytes: [UInt8], end: Int) {
        self.bytes = bytes
        self.end = end
    }

    /// An autolink at `start` (`bytes[start] == "<"`): its inner range, whether it is an email,
    /// and the index after `>`.
    func autolink(at start: Int) -> (text: Range<Int>, isEmail: Bool, next: Int)? {
        if let close = uriAutolinkEnd(from: start + 1) { return ((start + 1)..<close, false, close + 1) }
        if let close = emailAutolinkEnd(from: start + 1) { return ((start + 1)..<close, true, close + 1) }
        return nil
    }

    /// Raw inline HTML at `start` (`bytes[start] == "<"`): the index after it.
    mutating func rawHTML(at start: Int) -> Int? {
        let index = start + 1
        guard index < end else { return nil }
        switch bytes[index] {
        case UInt8(ascii: "/"): return closingTagEnd(from: index + 1)
        case UInt8(ascii: "?"):
            return search(for: "?>", from: index + 1, neverCloses: &instructionNeverCloses)
        case UInt8(ascii: "!"): return markupDeclarationEnd(from: index + 1)
        default: return openTagEnd(from: index)
        }
    }

    // MARK: - Autolinks

    /// `scheme:` (2–32 characters, letter first) then anything but spaces, controls, `<` and `>`.
    private func uriAutolinkEnd(from start: Int) -> Int? {
        var index = start
        guard index < end, isLetter(bytes[index]) else { return nil }
        index += 1
        while index < end, isLetter(bytes[index]) || isDigit(bytes[index]) || bytes[index] == UInt8(ascii: "+")
            || bytes[index] == UInt8(ascii: ".") || bytes[index] == UInt8(ascii: "-") {
            index += 1
        }
        let schemeLength = index - start
        guard (2...32).contains(schemeLength), index < end, bytes[index] == UInt8(ascii: ":") else { return nil }
        index += 1
        while index < end {
            switch bytes[index] {
            case UInt8(ascii: ">"): return index
            case 0...0x20, 0x7F, UInt8(ascii: "<"): return nil
            default: index += 1
            }
        }
        return nil
    }

    /// The email address form of §6.5 (the HTML5 "valid e-mail address" grammar).
    private func emailAutolinkEnd(from start: Int) -> Int? {
        var index = start
        while index < end, isEmailLocalCharacter(bytes[index]) { index += 1 }
        guard index > start, index < end, bytes[index] == UInt8(ascii: "@") else { return nil }
        index += 1
        while true {
            let labelStart = index
            while index < end, index - labelStart < 63,
                  isLetter(bytes[index]) || isDigit(bytes[index]) || bytes[index] == UInt8(ascii: "-") {
                index += 1
            }
            guard index > labelStart, bytes[labelStart] != UInt8(ascii: "-"),
                  bytes[index - 1] != UInt8(ascii: "-"), index < end else { return nil }
            if bytes[index] == UInt8(ascii: ">") { return index }
            guard bytes[index] == UInt8(ascii: ".") else { return nil }
            index += 1
        }
    }

    private func isEmailLocalCharacter(_ byte: UInt8) -> Bool {
        if isLetter(byte) || isDigit(byte) { return true }
        switch byte {
        case UInt8(ascii: "."), UInt8(ascii: "!"), UInt8(ascii: "#"), UInt8(ascii: "$"), UInt8(ascii: "%"),
             UInt8(ascii: "&"), UInt8(ascii: "'"), UInt8(ascii: "*"), UInt8(ascii: "+"), UInt8(ascii: "/"),
             UInt8(ascii: "="), UInt8(ascii: "?"), UInt8(ascii: "^"), UInt8(ascii: "_"), UInt8(ascii: "`"),
             UInt8(ascii: "{"), UInt8(ascii: "|"), UInt8(ascii: "}"), UInt8(ascii: "~"), UInt8(ascii: "-"):
            return true
        default:
            return false
        }
    }

    // MARK: - Raw HTML

    /// `<!-->`, `<!--->`, `<!-- … -->`, `<![CDATA[ … ]]>`, or a declaration `<!X … >`.
    private mutating func markupDeclarationEnd(from start: Int) -> Int? {
        if hasPrefix("--", at: start) {
            if hasPrefix(">", at: start + 2) { return start + 3 }
            if hasPrefix("->", at: start + 2) { return start + 4 }
            return search(for: "-->", from: start + 2, neverCloses: &commentNeverCloses)
        }
        if hasPrefix("[CDATA[", at: start) {
            return search(for: "]]>", from: start + 7, neverCloses: &cdataNeverCloses)
        }
        guard start < end, isLetter(bytes[start]) else { return nil }
        return search(for: ">", from: start + 1, neverCloses: &declarationNeverCloses)
    }

    /// `</name` then optional whitespace then `>`.
    private func closingTagEnd(from start: Int) -> Int? {
        guard var index = tagNameEnd(from: start) else { return nil }
        index = skipWhitespace(from: index)
        return index < end && bytes[index] == UInt8(ascii: ">") ? index + 1 : nil
    }

    /// `<name`, attributes (each after whitespace), optional whitespace, optional `/`, `>`.
    private func openTagEnd(from start: Int) -> Int? {
        guard var index = tagNameEnd(from: start) else { return nil }
        while true {
            let afterSpace = skipWhitespace(from: index)
            guard afterSpace < end else { return nil }
            switch bytes[afterSpace] {
            case UInt8(ascii: ">"): return afterSpace + 1
            case UInt8(ascii: "/"):
                return afterSpace + 1 < end && bytes[afterSpace + 1] == UInt8(ascii: ">") ? afterSpace + 2 : nil
            default:
                guard afterSpace > index, let attributeEnd = attributeEnd(from: afterSpace) else { return nil }
                index = attributeEnd
            }
        }
    }

    /// An attribute name (`[A-Za-z_:][A-Za-z0-9_.:-]*`) with an optional `= value`.
    private func attributeEnd(from start: Int) -> Int? {
        var index = start
        guard isLetter(bytes[index]) || bytes[index] == UInt8(ascii: "_") || bytes[index] == UInt8(ascii: ":") else { return nil }
        index += 1
        while index < end, isLetter(bytes[index]) || isDigit(bytes[index]) || bytes[index] == UInt8(ascii: "_")
            || bytes[index] == UInt8(ascii: ".") || bytes[index] == UInt8(ascii: ":") || bytes[index] == UInt8(ascii: "-") {
            index += 1
        }
        let beforeEquals = skipWhitespace(from: index)
        guard beforeEquals < end, bytes[beforeEquals] == UInt8(ascii: "=") else { return index }
        var valueStart = skipWhitespace(from: beforeEquals + 1)
        guard valueStart < end else { return nil }
        let quote = bytes[valueStart]
        if quote == UInt8(ascii: "\"") || quote == UInt8(ascii: "'") {
            valueStart += 1
            var valueEnd = valueStart
            while valueEnd < end, bytes[valueEnd] != quote { valueEnd += 1 }
            return valueEnd < end ? valueEnd + 1 : nil
        }
        var valueEnd = valueStart
        while valueEnd < end, !isUnquotedValueTerminator(bytes[valueEnd]) { valueEnd += 1 }
        return valueEnd > valueStart ? valueEnd : nil
    }

    /// Characters that end an unquoted attribute value (§6.6).
    private func isUnquotedValueTerminator(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: " "), UInt8(ascii: "\t"), UInt8(ascii: "\n"), UInt8(ascii: "\r"), UInt8(ascii: "\""),
             UInt8(ascii: "'"), UInt8(ascii: "="), UInt8(ascii: "<"), UInt8(ascii: ">"), UInt8(ascii: "`"):
            return true
        default:
            return false
        }
    }

    /// A tag name: an ASCII letter then letters, digits and `-`.
    private func tagNameEnd(from start: Int) -> Int? {
        guard start < end, isLetter(bytes[start]) else { return nil }
        var index = start + 1
        while index < end, isLetter(bytes[index]) || isDigit(bytes[index]) || bytes[index] == UInt8(ascii: "-") {
            index += 1
        }
        return index
    }

    // MARK: - Helpers

    /// The index after the first `marker` at or after `start`, remembering a failed search.
    private func search(for marker: StaticString, from start: Int, neverCloses: inout Bool) -> Int? {
        guard !neverCloses else { return nil }
        let count = marker.utf8CodeUnitCount
        let first = marker.utf8Start.pointee
        var index = start
        while index + count <= end {
            if bytes[index] == first, hasPrefix(marker, at: index) { return index + count }
            index += 1
        }
        neverCloses = true
        return nil
    }

    private func hasPrefix(_ prefix: StaticString, at start: Int) -> Bool {
        let count = prefix.utf8CodeUnitCount
        guard start + count <= end else { return false }
        return prefix.withUTF8Buffer { bytes[start..<(start + count)].elementsEqual($0) }
    }

    private func skipWhitespace(from start: Int) -> Int {
        var index = start
        while index < end, bytes[index] == UInt8(ascii: " ") || bytes[index] == UInt8(ascii: "\t")
            || bytes[index] == UInt8(ascii: "\n") || bytes[index] == UInt8(ascii: "\r") {
            index += 1
        }
        return index
    }

    private func isLetter(_ byte: UInt8) -> Bool { (byte | 0x20) >= UInt8(ascii: "a") && (byte | 0x20) <= UInt8(ascii: "z") }
    private func isDigit(_ byte: UInt8) -> Bool { byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9") }
}
