/// Finds the front matter block at the top of a file in one pass over its UTF-8 bytes.
///
/// Handles what FORMAT.md ("Front matter", "Variations seen in real libraries") lists: `---` (YAML)
/// and `+++` (TOML) fences, blank lines before the opening fence, closers longer than three
/// characters or followed by spaces, and Hexo's block with no opening fence.
enum FrontMatterSplitter {
    /// The front matter text between the fences, and where it sits in the file.
    struct Block: Equatable {
        var format: FrontMatter.Format
        /// The text between the fences (without them).
        var content: Substring
        /// 1-based file line of the opening fence; for Hexo blocks, the first line of the file.
        var openerLine: Int
        /// 1-based file line of the first line of ``content``.
        var contentFirstLine: Int
        /// False when the block was opened and never closed.
        var isClosed: Bool
    }

    struct Split: Equatable {
        var block: Block?
        var body: Substring
        var bodyStartLine: Int
    }

    /// Keys that may start a Hexo front matter block (written without the opening `---`).
    ///
    /// Only these are trusted as an opener, so that an article whose first line happens to be
    /// `Note: …` is never swallowed as metadata.
    private static let hexoOpeningKeys: Set<String> = [
        "title", "date", "tags", "categories", "layout", "author", "updated", "permalink", "draft",
        "summary", "description", "slug", "keywords",
    ]

    static func split(_ text: String) -> Split {
        var lines = FrontMatterLineCursor(text)
        // Blank lines before the opening fence are allowed (FORMAT.md, "Variations").
        while let line = lines.current, line.isBlank { lines.moveToNextLine() }
        guard let opener = lines.current else { return Split(block: nil, body: text[...], bodyStartLine: 1) }

        let format: FrontMatter.Format
        if opener.isFence(of: UInt8(ascii: "-")) {
            format = .yaml
        } else if opener.isFence(of: UInt8(ascii: "+")) {
            format = .toml
        } else if opener.number == 1, startsWithHexoKey(opener.text) {
            return splitHexo(text, lines: lines)
        } else {
            return Split(block: nil, body: text[...], bodyStartLine: 1)
        }

        let fenceByte = format == .yaml ? UInt8(ascii: "-") : UInt8(ascii: "+")
        lines.moveToNextLine()
        let contentStart = lines.position
        let contentFirstLine = opener.number + 1
        while let line = lines.current {
            if line.isFence(of: fenceByte) {
                let block = Block(format: format, content: text[contentStart..<line.start], openerLine: opener.number,
                                  contentFirstLine: contentFirstLine, isClosed: true)
                lines.moveToNextLine()
                return Split(block: block, body: text[lines.position...], bodyStartLine: line.number + 1)
            }
            lines.moveToNextLine()
        }
        // No closer. When the next line is no field, the fence was a thematic break opening an
        // article without front matter: the whole file is body, and nothing is wrong.
        var afterOpener = FrontMatterLineCursor(text, from: contentStart, number: contentFirstLine)
        while let line = afterOpener.current, line.isBlank { afterOpener.moveToNextLine() }
        guard let firstField = afterOpener.current,
              format == .yaml ? firstField.looksLikeYAMLKey : firstField.looksLikeTOMLKey else {
            return Split(block: nil, body: text[...], bodyStartLine: 1)
        }
        // Unterminated: the body is everything after the opening fence. The author then sees the
        // metadata lines as text together with the whole article, and no stray rule from the fence.
        let block = Block(format: format, content: text[contentStart...], openerLine: opener.number,
                          contentFirstLine: contentFirstLine, isClosed: false)
        return Split(block: block, body: text[contentStart...], bodyStartLine: contentFirstLine)
    }

    /// A Hexo block: `key: value` lines from the top of the file up to the first `---` line.
    ///
    /// Taken only when every line before the `---` looks like YAML (a `key:` line, an indented
    /// line, a `- item`, a comment or a blank line); otherwise the file has no front matter.
    private static func splitHexo(_ text: String, lines start: FrontMatterLineCursor) -> Split {
        var lines = start
        while let line = lines.current {
            if line.isFence(of: UInt8(ascii: "-")) {
                let block = Block(format: .yaml, content: text[text.startIndex..<line.start], openerLine: 1,
                                  contentFirstLine: 1, isClosed: true)
                lines.moveToNextLine()
                return Split(block: block, body: text[lines.position...], bodyStartLine: line.number + 1)
            }
            guard line.looksLikeYAML else { break }
            lines.moveToNextLine()
        }
        return Split(block: nil, body: text[...], bodyStartLine: 1)
    }

    private static func startsWithHexoKey(_ line: Substring) -> Bool {
        guard let colon = line.utf8.firstIndex(of: UInt8(ascii: ":")) else { return false }
        let key = line[line.startIndex..<colon]
        // `title:拓展 Swift` with no space is a Hexo habit too (Hexo's reader takes it).
        return hexoOpeningKeys.contains(String(key))
    }
}

/// One line of the file, without its `\n`.
struct FrontMatterLine {
    var text: Substring
    /// 1-based line number.
    var number: Int
    var start: String.Index { text.startIndex }

    var isBlank: Bool { text.utf8.allSatisfy { $0 == 0x20 || $0 == 0x09 } }

    /// Three or more `byte`s, then only spaces or tabs (`---`, `------`, `+++  `).
    func isFence(of byte: UInt8) -> Bool {
        var count = 0
        var trailing = false
        for character in text.utf8 {
            if character == byte, !trailing {
                count += 1
            } else if character == 0x20 || character == 0x09 {
                trailing = true
            } else {
                return false
            }
        }
        return count >= 3
    }

    /// A line that can belong to a YAML mapping of fields.
    var looksLikeYAML: Bool {
        guard let first = text.utf8.first else { return true }
        switch first {
        case 0x20, 0x09, UInt8(ascii: "#"): return true
        case UInt8(ascii: "-"): return text.utf8.dropFirst().first.map { $0 == 0x20 } ?? true
        default: return looksLikeYAMLKey
        }
    }

    /// `key:` at the start of the line, the key made of letters, digits, `_` and `-`, or quoted.
    var looksLikeYAMLKey: Bool {
        if let first = text.utf8.first, first == UInt8(ascii: "\"") || first == UInt8(ascii: "'") {
            return text.utf8.contains(UInt8(ascii: ":"))
        }
        for (offset, byte) in text.utf8.enumerated() {
            if byte == UInt8(ascii: ":") { return offset > 0 }
            let isKeyByte = byte >= 0x80 || byte == UInt8(ascii: "_") || byte == UInt8(ascii: "-")
                || (0x30...0x39).contains(byte) || (0x41...0x5A).contains(byte) || (0x61...0x7A).contains(byte)
            if !isKeyByte { return false }
        }
        return false
    }

    /// `key = value` or a `[table]` header.
    var looksLikeTOMLKey: Bool {
        text.first == "[" || text.contains("=")
    }
}

/// Walks the lines of a string by scanning its UTF-8 bytes once.
struct FrontMatterLineCursor {
    private let text: String
    /// Start of the current line.
    private(set) var position: String.Index
    private(set) var current: FrontMatterLine?

    /// Starts at `position` (the start of a line), numbering that line `number`.
    init(_ text: String, from position: String.Index? = nil, number: Int = 1) {
        self.text = text
        self.position = position ?? text.startIndex
        self.current = nil
        current = Self.line(in: text, at: self.position, number: number)
    }

    mutating func moveToNextLine() {
        guard let line = current else { return }
        let utf8 = text.utf8
        guard line.text.endIndex < utf8.endIndex else {
            position = utf8.endIndex
            current = nil
            return
        }
        position = utf8.index(after: line.text.endIndex)
        current = Self.line(in: text, at: position, number: line.number + 1)
    }

    private static func line(in text: String, at start: String.Index, number: Int) -> FrontMatterLine? {
        let utf8 = text.utf8
        guard start < utf8.endIndex else { return nil }
        // memchr over the contiguous UTF-8 (a native `String` always has it): `firstIndex(of:)` on
        // the UTF-8 view stepped through indices one byte at a time.
        let startOffset = utf8.distance(from: utf8.startIndex, to: start)
        let length = utf8.withContiguousStorageIfAvailable { bytes in
            ByteSearch.firstOffset(of: 0x0A, in: UnsafeBufferPointer(rebasing: bytes[startOffset...]))
                ?? (bytes.count - startOffset)
        }
        let end = length.map { utf8.index(start, offsetBy: $0) } ?? (utf8[start...].firstIndex(of: 0x0A) ?? utf8.endIndex)
        return FrontMatterLine(text: text[start..<end], number: number)
    }
}
