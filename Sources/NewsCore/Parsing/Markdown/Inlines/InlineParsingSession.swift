/// The state of one inline parse: a single forward scan over UTF-8 bytes (CommonMark 0.31,
/// appendix "Phase 2: inline structure") that appends nodes, with a delimiter stack for emphasis
/// and a bracket stack for links.
struct InlineParsingSession {
    let bytes: [UInt8]
    let end: Int
    let linkReferences: [String: LinkReference]
    var nodes = InlineNodeList()
    var delimiters = DelimiterStack()
    var brackets = BracketStack()
    var position = 0
    /// Every line ending is a hard break (``InlineParser/hardBreaks``).
    var hardBreaks = false
    private var codeSpans: CodeSpanScanner?
    private var angleBrackets: AngleBracketScanner

    init(bytes: [UInt8], linkReferences: [String: LinkReference]) {
        self.bytes = bytes
        self.end = bytes.count
        self.linkReferences = linkReferences
        self.angleBrackets = AngleBracketScanner(bytes: bytes, end: bytes.count)
    }

    /// Bytes that may start something other than plain text (`\n \\ ` * _ ~ & < [ ] !`), as bit
    /// masks over ASCII: one test per byte keeps the plain-text scan fast.
    private static let specialLow: UInt64 = (1 << 0x0A) | (1 << 0x21) | (1 << 0x26) | (1 << 0x2A) | (1 << 0x3C)
    private static let specialHigh: UInt64 = (1 << (0x5B - 64)) | (1 << (0x5C - 64)) | (1 << (0x5D - 64))
        | (1 << (0x5F - 64)) | (1 << (0x60 - 64)) | (1 << (0x7E - 64))

    @inline(__always)
    static func isSpecial(_ byte: UInt8) -> Bool {
        if byte < 64 { return specialLow & (1 << UInt64(byte)) != 0 }
        if byte < 128 { return specialHigh & (1 << UInt64(byte - 64)) != 0 }
        return false
    }

    /// The end of the plain text run starting at `start`.
    private func plainTextEnd(from start: Int) -> Int {
        bytes.withUnsafeBufferPointer { Self.plainTextEnd(in: $0, from: start, to: end) }
    }

    /// The index of the first ``isSpecial(_:)`` byte in `buffer[start..<end]`, or `end`.
    static func plainTextEnd(in buffer: UnsafeBufferPointer<UInt8>, from start: Int, to end: Int) -> Int {
        var index = start
        while index < end {
            let byte = buffer[index]
            if byte >= 0x80 {
                index = ByteSearch.firstASCII(in: buffer, from: index + 1, to: end)
            } else if isSpecial(byte) {
                break
            } else {
                index += 1
            }
        }
        return index
    }

    /// Scans the whole text, then resolves the emphasis left on the delimiter stack.
    mutating func parse() {
        // A guess from article text (a node per ~16 bytes); the list lives as long as one
        // document's parse, so a generous guess costs no lasting memory.
        nodes.reserveCapacity(end / 16 + 8)
        while position < end {
            let byte = bytes[position]
            guard Self.isSpecial(byte) else {
                let start = position
                position = plainTextEnd(from: position + 1)
                nodes.append(.text, start: start, end: position)
                continue
            }
            switch byte {
            case UInt8(ascii: "\n"): parseLineEnding()
            case UInt8(ascii: "\\"): parseBackslash()
            case UInt8(ascii: "`"): parseCodeSpan()
            case UInt8(ascii: "*"), UInt8(ascii: "_"), UInt8(ascii: "~"): parseDelimiterRun(byte)
            case UInt8(ascii: "&"): parseCharacterReference()
            case UInt8(ascii: "<"): parseAngleBracket()
            case UInt8(ascii: "["): openBracket(isImage: false, length: 1)
            case UInt8(ascii: "!"):
                if position + 1 < end, bytes[position + 1] == UInt8(ascii: "[") {
                    openBracket(isImage: true, length: 2)
                } else {
                    appendText(length: 1)
                }
            default: closeBracket()
            }
        }
        processEmphasis(above: 0)
    }

    /// Appends the next `length` source bytes as text and moves past them.
    mutating func appendText(length: Int) {
        nodes.append(.text, start: position, end: position + length)
        position += length
    }

    // MARK: - Line endings (§6.7, §6.8)

    /// A line ending: hard break after two or more spaces, else a soft break, which is dropped
    /// between two CJK characters. Spaces around the line ending are removed.
    private mutating func parseLineEnding() {
        var contentEnd = position
        if nodes.tail >= 0, nodes[nodes.tail].kind == .text, nodes[nodes.tail].end == position {
            let tail = nodes.tail
            while contentEnd > nodes[tail].start,
                  bytes[contentEnd - 1] == UInt8(ascii: " ") || bytes[contentEnd - 1] == UInt8(ascii: "\t") {
                contentEnd -= 1
            }
            nodes[tail].end = contentEnd
            if contentEnd == nodes[tail].start { nodes.remove(tail) }
        }
        let isHard = position - contentEnd >= 2
            && bytes[position - 1] == UInt8(ascii: " ") && bytes[position - 2] == UInt8(ascii: " ")
        position = LinkSyntax.skipSpaces(bytes, from: position + 1, end: end)
        if isHard || hardBreaks {
            nodes.append(.hardBreak)
        } else if !joinsCJK(lineEnd: contentEnd, nextLineStart: position) {
            nodes.append(.softBreak)
        }
    }

    /// Whether the characters on both sides of a line ending are CJK, looking through emphasis
    /// delimiters (`**粗体**⏎中文`) and footnote references (`。[^1]⏎下一句`); Chinese quotation
    /// marks next to CJK count too. Such a line ending joins the lines without a space.
    private func joinsCJK(lineEnd: Int, nextLineStart: Int) -> Bool {
        var before = lineEnd
        while before > 0 {
            if Self.isEmphasisDelimiter(bytes[before - 1]) {
                before -= 1
            } else if let referenceStart = footnoteReferenceStart(endingAt: before) {
                before = referenceStart
            } else {
                break
            }
        }
        var after = nextLineStart
        while after < end, Self.isEmphasisDelimiter(bytes[after]) { after += 1 }
        guard after < end, let previous = UTF8Scalars.scalar(in: bytes, before: before)?.scalar else { return false }
        let next = UTF8Scalars.scalar(in: bytes, at: after).scalar
        // Both sides CJK, or one CJK and the other shared punctuation (`说：“⏎好”`).
        let previousIsCJK = CJKCharacter.contains(previous)
        let nextIsCJK = CJKCharacter.contains(next)
        return (previousIsCJK && nextIsCJK)
            || (previousIsCJK && CJKCharacter.isSharedPunctuation(next))
            || (nextIsCJK && CJKCharacter.isSharedPunctuation(previous))
    }

    /// Where a `[^label]` that ends just before `index` starts (labels up to 64 bytes are looked at).
    private func footnoteReferenceStart(endingAt index: Int) -> Int? {
        guard index >= 4, bytes[index - 1] == UInt8(ascii: "]") else { return nil }
        var start = index - 2
        while start > 0, index - start < 64 {
            switch bytes[start] {
            case UInt8(ascii: "^"):
                return bytes[start - 1] == UInt8(ascii: "[") && start < index - 2 ? start - 1 : nil
            case UInt8(ascii: " "), UInt8(ascii: "\t"), UInt8(ascii: "\n"), UInt8(ascii: "["), UInt8(ascii: "]"):
                return nil
            default:
                start -= 1
            }
        }
        return nil
    }

    private static func isEmphasisDelimiter(_ byte: UInt8) -> Bool {
        byte == UInt8(ascii: "*") || byte == UInt8(ascii: "_") || byte == UInt8(ascii: "~")
    }

    // MARK: - Escapes, references, code, autolinks, HTML

    /// `\` before ASCII punctuation is that character; before a line ending, a hard break (§2.4).
    private mutating func parseBackslash() {
        let next = position + 1
        if next < end, UTF8Scalars.isASCIIPunctuation(bytes[next]) {
            nodes.append(.text, start: next, end: next + 1)
            position += 2
        } else if next < end, bytes[next] == UInt8(ascii: "\n") {
            nodes.append(.hardBreak)
            position = LinkSyntax.skipSpaces(bytes, from: next + 1, end: end)
        } else {
            appendText(length: 1)
        }
    }

    private mutating func parseCharacterReference() {
        if let reference = CharacterReferences.match(bytes, at: position, end: end) {
            nodes.append(.decoded, string: reference.text)
            position = reference.next
        } else {
            appendText(length: 1)
        }
    }

    /// A backtick run opens a code span when a run of the same length follows; else it is text.
    private mutating func parseCodeSpan() {
        let start = position
        while position < end, bytes[position] == UInt8(ascii: "`") { position += 1 }
        let length = position - start
        if codeSpans == nil { codeSpans = CodeSpanScanner(bytes: bytes, from: position, end: end) }
        if let closing = codeSpans?.closingRun(length: length, from: position) {
            nodes.append(.code, string: CodeSpanScanner.content(bytes, from: position, to: closing))
            position = closing + length
        } else {
            nodes.append(.text, start: start, end: position)
        }
    }

    private mutating func parseAngleBracket() {
        if let autolink = angleBrackets.autolink(at: position) {
            let text = MarkdownText.decodingReferences(bytes, from: autolink.text.lowerBound, to: autolink.text.upperBound)
            nodes.append(.autolink, string: autolink.isEmail ? "mailto:" + text : text,
                         start: autolink.text.lowerBound, end: autolink.text.upperBound)
            position = autolink.next
        } else if let htmlEnd = angleBrackets.rawHTML(at: position) {
            nodes.append(.html, start: position, end: htmlEnd)
            position = htmlEnd
        } else {
            appendText(length: 1)
        }
    }
}
