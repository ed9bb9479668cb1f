/// Finds the shortcode tags of a Markdown body in one forward pass, and the `<!--` that is never
/// closed: outside fenced code, inline code and HTML comments (where an author shows the syntax
/// or hides a note, nothing is expanded).
struct ShortcodeScanner {
    /// A tag's inside is at most this long: a `{{<` never closed costs one bounded look, and
    /// hostile input stays linear.
    static let maximumTagLength = 4096

    private(set) var tags: [ShortcodeTag] = []
    /// Where an unterminated `<!--` starts (UTF-8 offset) and its line: a browser shows nothing after it.
    private(set) var unterminatedComment: (offset: Int, line: Int)?

    private let bytes: [UInt8]
    private var commentsExhausted = false
    /// A `{% raw %}` taken in a code span waits for its `{% endraw %}` (``hexoRaw(at:line:)``).
    private var rawOpenInCodeSpan = false
    /// Openings before this offset have no `{% endraw %}` after them on their line.
    private var noRawClosingBefore = 0
    /// Per closing delimiter (by its length and first byte): where it was last found, or nil inside
    /// when there is none left.
    private var foundClosing: [Int: Int?] = [:]

    /// False when `text` has no `{` (every tag starts with one) and no `<!--` (what may never
    /// close): then the scan would find nothing. Most bodies have neither, and `memchr` tells so
    /// in a fraction of the scan's time.
    static func mayFindAnything(in text: String) -> Bool {
        let answer = text.utf8.withContiguousStorageIfAvailable { bytes -> Bool in
            if ByteSearch.firstOffset(of: UInt8(ascii: "{"), in: bytes) != nil { return true }
            var start = 0
            while let found = ByteSearch.firstOffset(of: UInt8(ascii: "<"), in: UnsafeBufferPointer(rebasing: bytes[start...])) {
                let index = start + found
                if bytes[(index + 1)...].starts(with: "!--".utf8) { return true }
                start = index + 1
            }
            return false
        }
        return answer ?? true
    }

    init(_ text: String) {
        bytes = Array(text.utf8)
        scan()
    }

    private mutating func scan() {
        var index = 0, line = 1
        var fence: (character: UInt8, length: Int)?
        var backticks = 0  // on the current line, before `index`
        var lineStart = true
        while index < bytes.count {
            let byte = bytes[index]
            if lineStart {
                lineStart = false
                if let run = Self.fenceRun(bytes, at: index) {
                    fence = Self.fence(after: run, open: fence)
                    index = Self.lineEnd(bytes, from: index)
                    continue
                }
            }
            if byte == 0x0A {
                line += 1
                backticks = 0
                lineStart = true
                index += 1
                continue
            }
            if fence != nil {
                // Inside a fence only the line ending matters, and Hugo's escaped tags: it expands
                // shortcodes in code too, which is why its docs escape them there
                // (`{{</* alert */>}}`), shown as the tag they stand for.
                let lineEnd = ByteSearch.firstIndex(of: 0x0A, in: bytes, from: index, to: bytes.count)
                let brace = ByteSearch.firstIndex(of: UInt8(ascii: "{"), in: bytes, from: index, to: lineEnd)
                if brace < lineEnd, let tag = tag(at: brace, line: line, escapedOnly: true) {
                    tags.append(tag)
                    line += bytes[tag.range].reduce(0) { $0 + ($1 == 0x0A ? 1 : 0) }
                    index = tag.range.upperBound
                } else {
                    index = brace < lineEnd ? brace + 1 : lineEnd
                }
                continue
            }
            if byte == UInt8(ascii: "`") {
                backticks += 1
                index += 1
                continue
            }
            guard backticks % 2 == 0 else {
                // In a code span, likewise only an escaped tag is read, and Hexo's `{% raw %}`
                // (Hexo runs its tags in code spans, so its docs wrap the tags they show in one).
                if byte == UInt8(ascii: "{"), let tag = tag(at: index, line: line, escapedOnly: true) ?? hexoRaw(at: index, line: line) {
                    tags.append(tag)
                    line += bytes[tag.range].reduce(0) { $0 + ($1 == 0x0A ? 1 : 0) }
                    index = tag.range.upperBound
                } else {
                    index = nextByteThatMatters(from: index + 1)
                }
                continue
            }
            if byte == UInt8(ascii: "<"), starts("<!--", at: index) {
                guard let close = commentEnd(from: index + 4) else {
                    unterminatedComment = (index, line)
                    return
                }
                line += bytes[index..<close].reduce(0) { $0 + ($1 == 0x0A ? 1 : 0) }
                index = close
                continue
            }
            if byte == UInt8(ascii: "{"), let tag = tag(at: index, line: line) {
                tags.append(tag)
                line += bytes[tag.range].reduce(0) { $0 + ($1 == 0x0A ? 1 : 0) }
                index = tag.range.upperBound
                continue
            }
            index = nextByteThatMatters(from: index + 1)
        }
    }

    /// Whether the scan must look at `byte`: a line ending, a backtick, `<` (a comment) or `{` (a tag).
    @inline(__always)
    private static func matters(_ byte: UInt8) -> Bool {
        byte == 0x0A || byte == UInt8(ascii: "`") || byte == UInt8(ascii: "<") || byte == UInt8(ascii: "{")
    }

    /// The first byte at or after `start` that ``matters(_:)``, or the end. Most of a body is
    /// prose: a tight loop over it, rather than the scan's many tests per byte (8% of a parse).
    private func nextByteThatMatters(from start: Int) -> Int {
        bytes.withUnsafeBufferPointer { buffer in
            var index = start
            while index < buffer.count {
                let byte = buffer[index]
                if byte >= 0x80 {
                    index = ByteSearch.firstASCII(in: buffer, from: index + 1, to: buffer.count)
                } else if Self.matters(byte) {
                    break
                } else {
                    index += 1
                }
            }
            return index
        }
    }

    /// The tag starting at `index` (`{{<`, `{{%` or `{%`), if it is one; with `escapedOnly`, only
    /// Hugo's escaped form (`{{</* name */>}}`), marked as in code.
    private mutating func tag(at index: Int, line: Int, escapedOnly: Bool = false) -> ShortcodeTag? {
        let syntax: ShortcodeTag.Syntax
        let opening: Int, closing: [UInt8]
        if starts("{{<", at: index) {
            (syntax, opening, closing) = (.hugoAngle, 3, Array(">}}".utf8))
        } else if starts("{{%", at: index) {
            (syntax, opening, closing) = (.hugoPercent, 3, Array("%}}".utf8))
        } else if !escapedOnly, starts("{%", at: index) {
            (syntax, opening, closing) = (.hexo, 2, Array("%}".utf8))
        } else {
            return nil
        }
        guard let end = closingDelimiter(closing, from: index + opening),
              end - index <= Self.maximumTagLength else { return nil }
        var inside = String(decoding: bytes[(index + opening)..<end], as: UTF8.self)
        // `{{</* figure */>}}` is Hugo's way to show a shortcode as text.
        if syntax != .hexo, inside.hasPrefix("/*"), inside.hasSuffix("*/") {
            inside = String(inside.dropFirst(2).dropLast(2))
            guard let parsed = ShortcodeTag.parseInside(inside, syntax: syntax) else { return nil }
            return ShortcodeTag(syntax: syntax, name: "", isClosing: parsed.isClosing, positional: [inside],
                                named: ["literal": "{{" + (syntax == .hugoAngle ? "<" : "%") + inside + (syntax == .hugoAngle ? ">" : "%") + "}}"],
                                range: index..<(end + closing.count), line: line, isInCode: escapedOnly)
        }
        guard !escapedOnly, let parsed = ShortcodeTag.parseInside(inside, syntax: syntax) else { return nil }
        return ShortcodeTag(syntax: syntax, name: parsed.name, isClosing: parsed.isClosing, positional: parsed.positional,
                            named: parsed.named, range: index..<(end + closing.count), line: line)
    }

    /// Hexo's `{% raw %}` starting at `index` with its `{% endraw %}` later on the line, or that
    /// closing one; nil for anything else (a lone `{% raw %}` in code is shown as written).
    private mutating func hexoRaw(at index: Int, line: Int) -> ShortcodeTag? {
        guard starts("{%", at: index), let tag = tag(at: index, line: line), tag.syntax == .hexo, tag.name == "raw" else { return nil }
        if tag.isClosing {
            guard rawOpenInCodeSpan else { return nil }
            rawOpenInCodeSpan = false
            return tag
        }
        // Once a line is known to hold no closing, later openings on it are not looked at again:
        // hostile input stays linear.
        guard tag.range.upperBound >= noRawClosingBefore else { return nil }
        var probe = tag.range.upperBound
        while probe < bytes.count, bytes[probe] != 0x0A {
            if bytes[probe] == UInt8(ascii: "{"), let closing = self.tag(at: probe, line: line),
               closing.syntax == .hexo, closing.name == "raw", closing.isClosing {
                rawOpenInCodeSpan = true
                return tag
            }
            probe += 1
        }
        noRawClosingBefore = probe
        return nil
    }

    /// The first `closing` at or after `start`; the last one found is remembered, so runs of
    /// `{%` without `%}` are searched once, not once each.
    private mutating func closingDelimiter(_ closing: [UInt8], from start: Int) -> Int? {
        let key = closing.count << 8 | Int(closing[0])
        if let known = foundClosing[key] {
            guard let known else { return nil }
            if known >= start { return known }
        }
        var end = start
        while end + closing.count <= bytes.count {
            if bytes[end] == closing[0], bytes[end..<(end + closing.count)].elementsEqual(closing) {
                foundClosing[key] = end
                return end
            }
            end += 1
        }
        foundClosing[key] = .some(nil)
        return nil
    }

    /// Just past the `-->` that closes a comment whose inside starts at `start`; nil when none does.
    private mutating func commentEnd(from start: Int) -> Int? {
        guard !commentsExhausted else { return nil }
        var index = start
        while index + 2 < bytes.count {
            if bytes[index] == UInt8(ascii: "-"), bytes[index + 1] == UInt8(ascii: "-"), bytes[index + 2] == UInt8(ascii: ">") {
                return index + 3
            }
            index += 1
        }
        commentsExhausted = true
        return nil
    }

    private func starts(_ prefix: String, at index: Int) -> Bool {
        var position = index
        for byte in prefix.utf8 {
            guard position < bytes.count, bytes[position] == byte else { return false }
            position += 1
        }
        return true
    }

    /// The fence open after a line that is a fence `run`, `open` being the one open before it.
    static func fence(after run: (character: UInt8, length: Int, isBare: Bool, hasBacktickAfter: Bool),
                      open: (character: UInt8, length: Int)?) -> (character: UInt8, length: Int)? {
        if let open {
            // A closing fence has nothing after it (CommonMark §4.5): "```go" opens.
            return run.character == open.character && run.length >= open.length && run.isBare ? nil : open
        }
        return run.character == UInt8(ascii: "~") || !run.hasBacktickAfter ? (run.character, run.length) : nil
    }

    /// A run of three or more backticks or tildes after at most three spaces (any indentation
    /// inside lists is accepted too): a code fence's opening or closing line.
    /// `isBare`: only spaces follow the run (it may close a block); `hasBacktickAfter`: a backtick
    /// in the rest of the line (then a backtick run opens no block, CommonMark §4.5).
    static func fenceRun(_ bytes: [UInt8], at start: Int) -> (character: UInt8, length: Int, isBare: Bool, hasBacktickAfter: Bool)? {
        var index = start
        while index < bytes.count, bytes[index] == 0x20 || bytes[index] == 0x09 { index += 1 }
        guard index < bytes.count, bytes[index] == UInt8(ascii: "`") || bytes[index] == UInt8(ascii: "~") else { return nil }
        let character = bytes[index]
        var length = 0
        while index < bytes.count, bytes[index] == character {
            length += 1
            index += 1
        }
        guard length >= 3 else { return nil }
        var isBare = true, hasBacktick = false
        while index < bytes.count, bytes[index] != 0x0A {
            if bytes[index] != 0x20 && bytes[index] != 0x09 && bytes[index] != 0x0D { isBare = false }
            if bytes[index] == UInt8(ascii: "`") { hasBacktick = true }
            index += 1
        }
        return (character, length, isBare, hasBacktick)
    }

    static func lineEnd(_ bytes: [UInt8], from start: Int) -> Int {
        var index = start
        while index < bytes.count, bytes[index] != 0x0A { index += 1 }
        return index
    }
}
