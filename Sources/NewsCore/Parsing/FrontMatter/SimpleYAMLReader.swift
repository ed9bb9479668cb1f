/// Reads the plainest YAML front matter — `key: scalar` lines and `key:` followed by `- scalar`
/// items — without a YAML library, and declines (nil) anything else, which then goes to Yams.
///
/// Why by hand: a first build reads the front matter of every file before the list shows, and
/// composing it with Yams (a node tree, duplicate-key hashing) was two thirds of that time. Only the
/// head pass uses this reader (``ArticleHeadParser``); the body pass reads every file again with
/// ``YAMLFrontMatterReader``, so the index always ends with what Yams reads. What it accepts it
/// reads as YAML does: quoted scalars as text, plain ones typed by ``YAMLScalarTyping``.
enum SimpleYAMLReader {
    static func read(_ yaml: String, firstLine: Int) -> FrontMatterReading? {
        var fields: [FrontMatterField] = []
        var keys = Set<String>()
        var listIndent: Int?
        for (offset, line) in yaml.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            if line.allSatisfy({ $0 == " " }) { continue }
            guard isPrintable(line) else { return nil }
            let indent = line.prefix { $0 == " " }.count
            let rest = line.dropFirst(indent)
            if rest.first == "#" {
                if indent == 0 { continue }
                return nil
            }
            if rest.hasPrefix("- ") || rest == "-" {
                // An item of the list opened by the last key: every item at one indentation.
                guard let last = fields.indices.last, case .array(let items) = fields[last].value,
                      listIndent == nil || listIndent == indent,
                      let item = scalar(rest.dropFirst(2)) else { return nil }
                listIndent = indent
                fields[last].value = .array(items + [item.value])
                continue
            }
            guard indent == 0, let colon = rest.firstIndex(of: ":") else { return nil }
            let key = rest[..<colon], afterColon = rest[rest.index(after: colon)...]
            guard let head = key.first, head.isASCII, head.isLetter || head == "_", key.count <= 100,
                  key.allSatisfy(isKeyCharacter), keys.insert(String(key)).inserted else { return nil }
            listIndent = nil
            let keyLine = firstLine + offset
            if afterColon.allSatisfy({ $0 == " " }) {
                // `key:` alone: a list when items follow, else null (as YAML reads it).
                fields.append(FrontMatterField(key: String(key), value: .array([]), scalarText: nil, line: keyLine))
                continue
            }
            guard afterColon.first == " ", let value = scalar(afterColon.dropFirst()) else { return nil }
            fields.append(FrontMatterField(key: String(key), value: value.value, scalarText: value.text, line: keyLine))
        }
        // A key with no items is YAML's null, with its empty text.
        for index in fields.indices {
            if case .array(let items) = fields[index].value, items.isEmpty {
                fields[index].value = .null
                fields[index].scalarText = ""
            }
        }
        return FrontMatterReading(fields: fields, diagnostics: [])
    }

    /// A scalar on one line: `"text"` or `'text'` without escapes, or plain text that YAML
    /// would read as written; nil for anything else (escapes, flow collections, anchors, tags,
    /// block scalars, comments, a `: ` inside).
    private static func scalar(_ written: Substring) -> (value: FrontMatterValue, text: String)? {
        let text = written.trimmingSpaces
        guard let first = text.first else { return nil }
        if first == "\"" || first == "'" {
            guard text.count >= 2, text.last == first else { return nil }
            let inner = text.dropFirst().dropLast()
            guard !inner.contains(first), !inner.contains("\\") else { return nil }
            return (.string(String(inner)), String(inner))
        }
        guard !"-?:,[]{}#&*!|>'\"%@`".contains(first) || (first == "-" && text.dropFirst().first?.isNumber == true),
              !text.contains(": "), !text.contains(" #"), !text.hasSuffix(":") else { return nil }
        let plain = String(text)
        return (YAMLScalarTyping.plainValue(plain), plain)
    }

    private static func isKeyCharacter(_ character: Character) -> Bool {
        character.isASCII && (character.isLetter || character.isNumber || character == "_" || character == "-")
    }

    /// Only what YAML reads as printable on one line: no tabs, controls, byte order marks or
    /// Unicode line separators (libyaml treats those differently).
    private static func isPrintable(_ line: Substring) -> Bool {
        line.unicodeScalars.allSatisfy { scalar in
            switch scalar.value {
            case 0x20...0x7E, 0xA0...0x2027, 0x202A...0xD7FF, 0xE000...0xFEFE, 0xFF00...0xFFFD, 0x10000...: true
            default: false
            }
        }
    }
}

extension Substring {
    /// Without leading and trailing spaces (YAML's own trimming of plain scalars; tabs are declined earlier).
    fileprivate var trimmingSpaces: Substring {
        let start = firstIndex { $0 != " " } ?? endIndex
        let end = lastIndex { $0 != " " }.map(index(after:)) ?? start
        return self[start..<end]
    }
}
