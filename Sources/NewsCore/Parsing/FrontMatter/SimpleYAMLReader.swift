/// Reads the plainest YAML front matter — `key: scalar`, `key: [scalar, …]` and `key:` followed
/// by `- scalar` items — without a YAML library, and declines (nil) anything else, which then
/// goes to Yams.
///
/// Why by hand: a first build reads the front matter of every file before the list shows, and
/// composing it with Yams (a node tree, duplicate-key hashing) was two thirds of that time. Only the
/// head pass uses this reader (``ArticleHeadParser``); the body pass reads every file again with
/// ``YAMLFrontMatterReader``, so the index always ends with what Yams reads. What it accepts it
/// reads as YAML does: quoted scalars as text, plain ones typed by ``YAMLScalarTyping``. It works
/// on UTF-8 bytes: every byte it looks at is ASCII, so no character is cut.
enum SimpleYAMLReader {
    private typealias Bytes = ArraySlice<UInt8>

    static func read(_ yaml: String, firstLine: Int) -> FrontMatterReading? {
        let bytes = Array(yaml.utf8)
        var fields: [FrontMatterField] = []
        // The items of the list the last key opened, put into its field when the next key starts
        // (appending to the field's value in place copied the whole list at every item).
        var listItems: [FrontMatterValue] = []
        var listIndent: Int?
        func closeList() {
            guard !listItems.isEmpty, let last = fields.indices.last else { return }
            fields[last].value = .array(listItems)
            listItems = []
        }
        for (offset, line) in bytes.split(separator: .newline, omittingEmptySubsequences: false).enumerated() {
            if line.allSatisfy({ $0 == .space }) { continue }
            guard isPrintable(line) else { return nil }
            let indent = line.prefix { $0 == .space }.count
            let rest = line.dropFirst(indent)
            if rest.first == .hash {
                if indent == 0 { continue }
                return nil
            }
            if rest.first == .dash, rest.count == 1 || rest.dropFirst().first == .space {
                // An item of the list opened by the last key: every item at one indentation.
                guard let last = fields.indices.last, case .array = fields[last].value, fields[last].scalarText == nil,
                      listIndent == nil || listIndent == indent,
                      let item = scalar(rest.dropFirst(2)) else { return nil }
                listIndent = indent
                listItems.append(item.value)
                continue
            }
            guard indent == 0, let colon = rest.firstIndex(of: .colon) else { return nil }
            let keyBytes = rest[..<colon], afterColon = rest[(colon + 1)...]
            guard let head = keyBytes.first, isLetter(head) || head == .underscore, keyBytes.count <= 100,
                  keyBytes.allSatisfy({ isLetter($0) || isDigit($0) || $0 == .underscore || $0 == .dash }) else { return nil }
            let key = String(decoding: keyBytes, as: UTF8.self)
            // A repeated key goes to Yams, which reports it. Front matter has a few keys:
            // comparing with those read is cheaper than hashing every one.
            guard !fields.contains(where: { $0.key == key }) else { return nil }
            closeList()
            listIndent = nil
            let keyLine = firstLine + offset
            if afterColon.allSatisfy({ $0 == .space }) {
                // `key:` alone: a list when items follow, else null (as YAML reads it).
                fields.append(FrontMatterField(key: key, value: .array([]), scalarText: nil, line: keyLine))
                continue
            }
            guard afterColon.first == .space else { return nil }
            let written = trimmed(afterColon)
            if written.first == .openBracket {
                guard let items = flowSequence(written) else { return nil }
                // A written list, even `[]`, is a list: marked by its text so no `-` item joins it.
                fields.append(FrontMatterField(key: key, value: .array(items), scalarText: "[", line: keyLine))
                continue
            }
            guard let value = scalar(written) else { return nil }
            fields.append(FrontMatterField(key: key, value: value.value, scalarText: value.text, line: keyLine))
        }
        closeList()
        for index in fields.indices {
            guard case .array(let items) = fields[index].value else { continue }
            if fields[index].scalarText == nil && items.isEmpty {
                // A key with no items is YAML's null, with its empty text.
                fields[index].value = .null
                fields[index].scalarText = ""
            } else {
                fields[index].scalarText = nil
            }
        }
        return FrontMatterReading(fields: fields, diagnostics: [])
    }

    /// A scalar on one line: `"text"` or `'text'` without escapes, or plain text that YAML
    /// would read as written; nil for anything else (escapes, flow collections, anchors, tags,
    /// block scalars, comments, a `: ` inside).
    private static func scalar(_ written: Bytes) -> (value: FrontMatterValue, text: String)? {
        let text = trimmed(written)
        guard let first = text.first else { return nil }
        if first == .doubleQuote || first == .singleQuote {
            guard text.count >= 2, text.last == first else { return nil }
            let inner = text.dropFirst().dropLast()
            guard !inner.contains(first), !inner.contains(.backslash) else { return nil }
            let string = String(decoding: inner, as: UTF8.self)
            return (.string(string), string)
        }
        guard isPlainStart(text), text.last != .colon else { return nil }
        for (index, byte) in zip(text.indices, text) where byte == .space {
            let previous = text[index - 1], next = text[index + 1]
            if previous == .colon || next == .hash { return nil }
        }
        let plain = String(decoding: text, as: UTF8.self)
        return (YAMLScalarTyping.plainValue(plain), plain)
    }

    /// `[a, "b", 'c']` with quoted items that need no escapes and plain items free of flow
    /// indicators; nil for anything else (nesting, a trailing comma, `: ` in an item).
    private static func flowSequence(_ written: Bytes) -> [FrontMatterValue]? {
        guard written.last == .closeBracket else { return nil }
        var rest = trimmed(written.dropFirst().dropLast())
        var items: [FrontMatterValue] = []
        while let first = rest.first {
            let item: Bytes
            if first == .doubleQuote || first == .singleQuote {
                guard let close = rest.dropFirst().firstIndex(of: first) else { return nil }
                item = rest[...close]
                rest = rest[(close + 1)...]
            } else {
                let end = rest.firstIndex(of: .comma) ?? rest.endIndex
                item = trimmed(rest[..<end])
                guard !item.contains(where: flowIndicators.contains) else { return nil }
                rest = rest[end...]
            }
            guard let value = scalar(item) else { return nil }
            items.append(value.value)
            rest = trimmed(rest)
            guard let separator = rest.first else { break }
            guard separator == .comma else { return nil }
            rest = trimmed(rest.dropFirst())
            if rest.isEmpty { return nil }
        }
        return items
    }

    /// A plain scalar may not start with an indicator (`-5` and `-x` excepted: a dash not followed by a space).
    private static func isPlainStart(_ text: Bytes) -> Bool {
        guard let first = text.first else { return false }
        if first == .dash { return text.dropFirst().first.map { $0 != .space } ?? false }
        return !plainStartIndicators.contains(first)
    }

    private static let plainStartIndicators = Array("?:,[]{}#&*!|>'\"%@`".utf8)
    private static let flowIndicators: [UInt8] = [.openBracket, .closeBracket, .openBrace, .closeBrace, .colon, .hash,
                                                  .doubleQuote, .singleQuote]

    private static func trimmed(_ bytes: Bytes) -> Bytes {
        let start = bytes.firstIndex { $0 != .space } ?? bytes.endIndex
        let end = bytes.lastIndex { $0 != .space }.map { $0 + 1 } ?? start
        return bytes[start..<end]
    }

    private static func isLetter(_ byte: UInt8) -> Bool { (0x41...0x5A).contains(byte) || (0x61...0x7A).contains(byte) }
    private static func isDigit(_ byte: UInt8) -> Bool { (0x30...0x39).contains(byte) }

    /// Only what YAML reads as printable on one line: no tabs, controls, byte order marks or
    /// Unicode line separators (libyaml treats those differently).
    private static func isPrintable(_ line: Bytes) -> Bool {
        var index = line.startIndex
        while index < line.endIndex {
            let byte = line[index]
            if byte < 0x80 {
                guard byte >= 0x20 && byte != 0x7F else { return false }
                index += 1
                continue
            }
            // C2 80–9F (C1 controls, NEL), E2 80 A8–A9 (line and paragraph separators), EF BB BF
            // (byte order mark), EF BF BE–BF (non-characters).
            let second = index + 1 < line.endIndex ? line[index + 1] : 0
            let third = index + 2 < line.endIndex ? line[index + 2] : 0
            if byte == 0xC2 && second < 0xA0 { return false }
            if byte == 0xE2 && second == 0x80 && (third == 0xA8 || third == 0xA9) { return false }
            if byte == 0xEF && ((second == 0xBB && third == 0xBF) || (second == 0xBF && third >= 0xBE)) { return false }
            index += 1
        }
        return true
    }
}

extension UInt8 {
    fileprivate static let newline = UInt8(ascii: "\n"), space = UInt8(ascii: " "), hash = UInt8(ascii: "#")
    fileprivate static let dash = UInt8(ascii: "-"), colon = UInt8(ascii: ":"), underscore = UInt8(ascii: "_")
    fileprivate static let doubleQuote = UInt8(ascii: "\""), singleQuote = UInt8(ascii: "'"), backslash = UInt8(ascii: "\\")
    fileprivate static let openBracket = UInt8(ascii: "["), closeBracket = UInt8(ascii: "]")
    fileprivate static let openBrace = UInt8(ascii: "{"), closeBrace = UInt8(ascii: "}"), comma = UInt8(ascii: ",")
}
