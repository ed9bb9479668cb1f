/// The seven kinds of HTML block start and their end conditions (CommonMark 0.31 §4.6).
enum HTMLBlockSyntax {
    /// Tag names that open an HTML block of kind 6 (the list of §4.6).
    private static let blockTagNames: Set<String> = [
        "address", "article", "aside", "base", "basefont", "blockquote", "body", "caption", "center",
        "col", "colgroup", "dd", "details", "dialog", "dir", "div", "dl", "dt", "fieldset",
        "figcaption", "figure", "footer", "form", "frame", "frameset", "h1", "h2", "h3", "h4", "h5",
        "h6", "head", "header", "hr", "html", "iframe", "legend", "li", "link", "main", "menu",
        "menuitem", "nav", "noframes", "ol", "optgroup", "option", "p", "param", "search", "section",
        "summary", "table", "tbody", "td", "tfoot", "th", "thead", "title", "tr", "track", "ul",
    ]
    private static let rawTextTagNames: Set<String> = ["script", "pre", "style", "textarea"]

    /// The kind (1–7) of HTML block that the line opens at `start` (a `<`), or nil.
    /// Kind 7 cannot interrupt a paragraph, so the caller says whether it is allowed.
    static func startKind(_ bytes: [UInt8], from start: Int, to end: Int, allowKind7: Bool) -> Int? {
        guard start + 1 < end, bytes[start] == UInt8(ascii: "<") else { return nil }
        let next = bytes[start + 1]
        if next == UInt8(ascii: "!") {
            if hasPrefix(bytes, start, end, "<!--") { return 2 }
            if hasPrefix(bytes, start, end, "<![CDATA[") { return 5 }
            if start + 2 < end, isASCIILetter(bytes[start + 2]) { return 4 }
            return nil
        }
        if next == UInt8(ascii: "?") { return 3 }
        let isClosing = next == UInt8(ascii: "/")
        let nameStart = start + (isClosing ? 2 : 1)
        var nameEnd = nameStart
        while nameEnd < end, isASCIILetter(bytes[nameEnd]) || isDigit(bytes[nameEnd]) { nameEnd += 1 }
        if nameEnd > nameStart, nameEnd - nameStart <= 10 {
            let name = lowercasedName(bytes, nameStart..<nameEnd)
            let after: UInt8 = nameEnd < end ? bytes[nameEnd] : 0
            let endsName = nameEnd == end || BlockStartSyntax.isSpaceOrTab(after) || after == UInt8(ascii: ">")
            if !isClosing, rawTextTagNames.contains(name), endsName { return 1 }
            if blockTagNames.contains(name) {
                let selfClosing = after == UInt8(ascii: "/") && nameEnd + 1 < end && bytes[nameEnd + 1] == UInt8(ascii: ">")
                if endsName || selfClosing { return 6 }
            }
        }
        guard allowKind7, let tagEnd = completeTagEnd(bytes, from: start, to: end) else { return nil }
        if !isClosing, nameEnd > nameStart, rawTextTagNames.contains(lowercasedName(bytes, nameStart..<nameEnd)) {
            return nil
        }
        return BlockStartSyntax.isBlank(bytes, from: tagEnd, to: end) ? 7 : nil
    }

    /// Whether the line ends an HTML block of kind 1–5 (kinds 6 and 7 end at a blank line).
    static func lineEndsBlock(kind: Int, _ bytes: [UInt8], from start: Int, to end: Int) -> Bool {
        switch kind {
        case 1: return ["</script>", "</pre>", "</style>", "</textarea>"].contains { contains(bytes, start, end, $0) }
        case 2: return contains(bytes, start, end, "-->")
        case 3: return contains(bytes, start, end, "?>")
        case 4: return contains(bytes, start, end, ">")
        case 5: return contains(bytes, start, end, "]]>")
        default: return false
        }
    }

    // MARK: - Complete tags (kind 7, §6.6 raw HTML)

    /// The index after a complete open or closing tag starting at `start`, or nil.
    private static func completeTagEnd(_ bytes: [UInt8], from start: Int, to end: Int) -> Int? {
        var index = start + 1
        let isClosing = bytes[index] == UInt8(ascii: "/")
        if isClosing { index += 1 }
        guard index < end, isASCIILetter(bytes[index]) else { return nil }
        while index < end, isASCIILetter(bytes[index]) || isDigit(bytes[index]) || bytes[index] == UInt8(ascii: "-") {
            index += 1
        }
        if isClosing {
            while index < end, BlockStartSyntax.isSpaceOrTab(bytes[index]) { index += 1 }
            return index < end && bytes[index] == UInt8(ascii: ">") ? index + 1 : nil
        }
        while true {
            let spaceStart = index
            while index < end, BlockStartSyntax.isSpaceOrTab(bytes[index]) { index += 1 }
            guard index < end else { return nil }
            if bytes[index] == UInt8(ascii: ">") { return index + 1 }
            if bytes[index] == UInt8(ascii: "/") {
                return index + 1 < end && bytes[index + 1] == UInt8(ascii: ">") ? index + 2 : nil
            }
            guard index > spaceStart, let attributeEnd = attributeEnd(bytes, from: index, to: end) else { return nil }
            index = attributeEnd
        }
    }

    /// The index after an attribute (name, optionally `= value`) starting at `start`, or nil.
    private static func attributeEnd(_ bytes: [UInt8], from start: Int, to end: Int) -> Int? {
        var index = start
        let first = bytes[index]
        guard isASCIILetter(first) || first == UInt8(ascii: "_") || first == UInt8(ascii: ":") else { return nil }
        index += 1
        while index < end {
            let byte = bytes[index]
            guard isASCIILetter(byte) || isDigit(byte) || byte == UInt8(ascii: "_") || byte == UInt8(ascii: ".")
                || byte == UInt8(ascii: ":") || byte == UInt8(ascii: "-") else { break }
            index += 1
        }
        var afterSpace = index
        while afterSpace < end, BlockStartSyntax.isSpaceOrTab(bytes[afterSpace]) { afterSpace += 1 }
        guard afterSpace < end, bytes[afterSpace] == UInt8(ascii: "=") else { return index }
        index = afterSpace + 1
        while index < end, BlockStartSyntax.isSpaceOrTab(bytes[index]) { index += 1 }
        guard index < end else { return nil }
        let quote = bytes[index]
        if quote == UInt8(ascii: "\"") || quote == UInt8(ascii: "'") {
            index += 1
            while index < end, bytes[index] != quote { index += 1 }
            return index < end ? index + 1 : nil
        }
        let valueStart = index
        while index < end {
            let byte = bytes[index]
            if BlockStartSyntax.isSpaceOrTab(byte) || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "'")
                || byte == UInt8(ascii: "=") || byte == UInt8(ascii: "<") || byte == UInt8(ascii: ">")
                || byte == UInt8(ascii: "`") { break }
            index += 1
        }
        return index > valueStart ? index : nil
    }

    // MARK: - Byte helpers

    private static func isASCIILetter(_ byte: UInt8) -> Bool { (byte | 0x20) >= 0x61 && (byte | 0x20) <= 0x7A }
    private static func isDigit(_ byte: UInt8) -> Bool { byte >= 0x30 && byte <= 0x39 }

    private static func lowercasedName(_ bytes: [UInt8], _ range: Range<Int>) -> String {
        String(decoding: bytes[range].map { isASCIILetter($0) ? $0 | 0x20 : $0 }, as: UTF8.self)
    }

    private static func hasPrefix(_ bytes: [UInt8], _ start: Int, _ end: Int, _ prefix: StaticString) -> Bool {
        let count = prefix.utf8CodeUnitCount
        guard end - start >= count else { return false }
        let pointer = prefix.utf8Start
        for offset in 0..<count where bytes[start + offset] != pointer[offset] { return false }
        return true
    }

    /// Whether `needle` (lowercase ASCII) occurs in the range, ignoring ASCII case.
    private static func contains(_ bytes: [UInt8], _ start: Int, _ end: Int, _ needle: StaticString) -> Bool {
        let count = needle.utf8CodeUnitCount
        let pointer = needle.utf8Start
        var index = start
        while index + count <= end {
            var matches = true
            for offset in 0..<count {
                let byte = bytes[index + offset]
                let folded = isASCIILetter(byte) ? byte | 0x20 : byte
                if folded != pointer[offset] { matches = false; break }
            }
            if matches { return true }
            index += 1
        }
        return false
    }
}
