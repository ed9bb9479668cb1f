/// Reads the plain front matter nearly every article has without Yams: one `key: value` per
/// line, values that are simple scalars, flow lists (`["a", "b"]`) or block lists of them.
///
/// Composing with Yams (libyaml events, a `Node` tree, duplicate-key hashing) was the largest
/// cost of front matter in parse profiles. This reader accepts only a narrow, unambiguous subset
/// of YAML and returns nil for anything else (comments, escapes, anchors, tags, nested
/// mappings, multi-line scalars, duplicate keys, unusual characters), which then goes to Yams.
/// On what it accepts it gives exactly Yams' reading (`YAMLFastPathEquivalenceTests`).
enum YAMLFastPathReader {
    /// Lines beyond this go to Yams, whose reader applies ``FrontMatterBudget``.
    private static let maximumLines = 2_000

    typealias Bytes = ArraySlice<UInt8>

    static func read(_ yaml: String, firstLine: Int) -> FrontMatterReading? {
        let bytes = Array(yaml.utf8)
        guard hasOnlyPlainCharacters(bytes) else { return nil }
        let lines = bytes[...].split(separator: 0x0A, omittingEmptySubsequences: false)
        guard lines.count <= maximumLines else { return nil }
        var reading = FrontMatterReading()
        var keys = Set<String>()
        var index = 0
        while index < lines.count {
            let line = lines[index]
            let keyLine = firstLine + index
            index += 1
            if line.isEmpty { continue }
            guard let (key, rest) = splitKey(line), keys.insert(key).inserted else { return nil }
            if rest.isEmpty {
                guard let (items, next) = blockList(lines, from: index) else { return nil }
                index = next
                let field = items.map { FrontMatterField(key: key, value: .array($0), scalarText: nil, line: keyLine) }
                    ?? FrontMatterField(key: key, value: .null, scalarText: "", line: keyLine)
                reading.fields.append(field)
            } else if rest.first == UInt8(ascii: "[") {
                guard let items = flowList(rest) else { return nil }
                reading.fields.append(FrontMatterField(key: key, value: .array(items), scalarText: nil, line: keyLine))
            } else {
                guard let (value, text) = scalar(rest, inFlow: false) else { return nil }
                reading.fields.append(FrontMatterField(key: key, value: value, scalarText: text, line: keyLine))
            }
        }
        return reading.fields.isEmpty ? nil : reading
    }

    /// `key:` followed by the end of the line, or by spaces and a value: the key and the value.
    private static func splitKey(_ line: Bytes) -> (String, Bytes)? {
        guard let first = line.first, isKeyStart(first) else { return nil }
        var index = line.startIndex + 1
        while index < line.endIndex, isKeyStart(line[index]) || line[index] == UInt8(ascii: "-") { index += 1 }
        // libyaml looks no further than 1,024 characters for a key's colon; stay far below.
        guard index < line.endIndex, index - line.startIndex <= 128, line[index] == UInt8(ascii: ":") else { return nil }
        let key = String(decoding: line[line.startIndex..<index], as: UTF8.self)
        index += 1
        if index == line.endIndex { return (key, line[index...]) }
        guard line[index] == UInt8(ascii: " ") else { return nil }
        while index < line.endIndex, line[index] == UInt8(ascii: " ") { index += 1 }
        // Only spaces after the colon: an empty value, but unusual enough to leave to Yams.
        guard index < line.endIndex else { return nil }
        return (key, line[index...])
    }

    /// The items of a block list (`  - item` lines, all at one indentation) starting at line
    /// `start`, and the line after it; nil items when no list follows (the value is null).
    private static func blockList(_ lines: [Bytes], from start: Int) -> ([FrontMatterValue]?, Int)? {
        var index = start
        while index < lines.count, lines[index].isEmpty { index += 1 }
        guard index < lines.count, let indent = listIndent(lines[index]) else {
            // No list: the next key must start its line (an indented line would continue the value).
            guard index == lines.count || lines[index].first != UInt8(ascii: " ") else { return nil }
            return (nil, start)
        }
        var items: [FrontMatterValue] = []
        while index < lines.count {
            let line = lines[index]
            if line.isEmpty { index += 1; continue }
            guard line.first == UInt8(ascii: " ") || line.first == UInt8(ascii: "-") else { break }
            guard listIndent(line) == indent, let (value, _) = scalar(line.dropFirst(indent + 2), inFlow: false) else {
                return nil
            }
            items.append(value)
            index += 1
        }
        return (items, index)
    }

    /// The number of spaces before `- ` when `line` is a list item line.
    private static func listIndent(_ line: Bytes) -> Int? {
        let spaces = line.prefix { $0 == UInt8(ascii: " ") }.count
        let rest = line.dropFirst(spaces)
        guard rest.count > 2, rest.first == UInt8(ascii: "-"), rest.dropFirst().first == UInt8(ascii: " "),
              rest.dropFirst(2).first != UInt8(ascii: " ") else { return nil }
        return spaces
    }

    /// `[a, "b"]` on one line: its items.
    private static func flowList(_ text: Bytes) -> [FrontMatterValue]? {
        guard text.last == UInt8(ascii: "]") else { return nil }
        let inner = text.dropFirst().dropLast()
        if inner.allSatisfy({ $0 == UInt8(ascii: " ") }) { return [] }
        var items: [FrontMatterValue] = []
        for part in inner.split(separator: UInt8(ascii: ","), omittingEmptySubsequences: false) {
            let item = part.drop { $0 == UInt8(ascii: " ") }
            let trimmed = item.prefix(item.count - item.reversed().prefix { $0 == UInt8(ascii: " ") }.count)
            guard let (value, _) = scalar(trimmed, inFlow: true) else { return nil }
            items.append(value)
        }
        return items
    }

    /// A double-quoted string without escapes, or a plain scalar with no character that could
    /// make it anything else; its value and its text.
    private static func scalar(_ text: Bytes, inFlow: Bool) -> (FrontMatterValue, String)? {
        guard let first = text.first else { return nil }
        if first == UInt8(ascii: "\"") {
            let inner = text.dropFirst()
            guard let close = inner.firstIndex(where: { $0 == UInt8(ascii: "\"") || $0 == UInt8(ascii: "\\") }),
                  inner[close] == UInt8(ascii: "\""), close == text.endIndex - 1 else { return nil }
            let string = String(decoding: inner[..<close], as: UTF8.self)
            return (.string(string), string)
        }
        guard isPlainStart(text), text.last != UInt8(ascii: " "), text.last != UInt8(ascii: ":") else { return nil }
        for (offset, byte) in zip(text.indices, text) {
            switch byte {
            case UInt8(ascii: "#"), UInt8(ascii: ","), UInt8(ascii: "["), UInt8(ascii: "]"), UInt8(ascii: "{"),
                 UInt8(ascii: "}"), UInt8(ascii: "\""), UInt8(ascii: "'"), UInt8(ascii: "\\"):
                return nil
            case UInt8(ascii: ":") where inFlow || text[offset + 1] == UInt8(ascii: " "):
                return nil
            default:
                continue
            }
        }
        let string = String(decoding: text, as: UTF8.self)
        return (YAMLScalarTyping.plainValue(string), string)
    }

    /// Plain scalars may not start with an indicator; `-` is let through only before a digit or
    /// `.` (negative numbers), never as `- ` or `---`.
    private static func isPlainStart(_ text: Bytes) -> Bool {
        guard let first = text.first else { return false }
        if first == UInt8(ascii: "-") {
            guard let second = text.dropFirst().first else { return false }
            return (0x30...0x39).contains(second) || second == UInt8(ascii: ".")
        }
        return !"?:,[]{}#&*!|>'\"%@`- ".utf8.contains(first)
    }

    private static func isKeyStart(_ byte: UInt8) -> Bool {
        (0x30...0x39).contains(byte) || (0x41...0x5A).contains(byte) || (0x61...0x7A).contains(byte)
            || byte == UInt8(ascii: "_")
    }

    /// No tab, control character, byte order mark, noncharacter U+FFFE/U+FFFF, or YAML 1.1 line
    /// break (U+0085, U+2028, U+2029): libyaml rejects or treats those specially.
    private static func hasOnlyPlainCharacters(_ bytes: [UInt8]) -> Bool {
        var index = 0
        while index < bytes.count {
            let byte = bytes[index]
            if byte < 0x20 && byte != 0x0A || byte == 0x7F { return false }
            if byte == 0xC2, index + 1 < bytes.count, bytes[index + 1] < 0xA0 { return false }
            if byte == 0xE2, index + 2 < bytes.count, bytes[index + 1] == 0x80,
               bytes[index + 2] == 0xA8 || bytes[index + 2] == 0xA9 { return false }
            if byte == 0xEF, index + 2 < bytes.count,
               bytes[index + 1] == 0xBB && bytes[index + 2] == 0xBF || bytes[index + 1] == 0xBF && bytes[index + 2] >= 0xBE {
                return false
            }
            index += 1
        }
        return true
    }
}
