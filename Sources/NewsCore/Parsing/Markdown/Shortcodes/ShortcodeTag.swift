/// One shortcode tag as written: Hugo's `{{< name args >}}` / `{{% name args %}}` (and their
/// closing `{{< /name >}}`), or a Hexo tag plugin `{% name args %}` (closing `{% endname %}`).
struct ShortcodeTag: Equatable {
    enum Syntax: Equatable {
        case hugoAngle, hugoPercent, hexo
    }

    var syntax: Syntax
    /// Lowercased, without the closing `/` or `end` prefix.
    var name: String
    var isClosing: Bool
    /// Arguments without a name, in order (quotes removed).
    var positional: [String]
    /// `key=value` arguments.
    var named: [String: String]
    /// Where the tag lies in the text (UTF-8 offsets) and its 1-based line.
    var range: Range<Int>
    var line: Int
    /// In code (a fence or a code span), where only Hugo's escaped tags are read: their text
    /// goes in as it is, not escaped for Markdown.
    var isInCode = false

    /// The named argument `key`, else the positional one at `index`.
    func argument(_ key: String, at index: Int? = nil) -> String? {
        if let value = named[key] { return value }
        guard let index, positional.indices.contains(index) else { return nil }
        return positional[index]
    }

    /// Reads a tag's inside (between the delimiters): its name, then its arguments, each a word,
    /// a quoted string (`"…"`, `'…'`, `` `…` ``) or `key=value`. Hexo separates some with commas.
    static func parseInside(_ inside: String, syntax: Syntax) -> (name: String, isClosing: Bool, positional: [String], named: [String: String])? {
        var words = splitArguments(inside)
        guard !words.isEmpty else { return nil }
        var name = words.removeFirst().value
        var isClosing = false
        if name.hasPrefix("/") {
            isClosing = true
            name.removeFirst()
            if name.isEmpty, !words.isEmpty { name = words.removeFirst().value }
        } else if syntax == .hexo, name.hasPrefix("end"), name.count > 3 {
            isClosing = true
            name.removeFirst(3)
        }
        guard !name.isEmpty, name.allSatisfy({ $0.isLetter || $0.isNumber || "-_/.".contains($0) }) else { return nil }
        var positional: [String] = []
        var named: [String: String] = [:]
        for word in words {
            if let key = word.key { named[key] = word.value } else { positional.append(word.value) }
        }
        return (name.lowercased(), isClosing, positional, named)
    }

    private static func splitArguments(_ text: String) -> [(key: String?, value: String)] {
        var result: [(key: String?, value: String)] = []
        var characters = Array(text)[...]
        func skipSpace() { while let first = characters.first, first.isWhitespace { characters.removeFirst() } }
        func quoted() -> String? {
            guard let quote = characters.first, quote == "\"" || quote == "'" || quote == "`" || quote == "“" else { return nil }
            let closing: Character = quote == "“" ? "”" : quote
            characters.removeFirst()
            var value = ""
            while let next = characters.first {
                characters.removeFirst()
                if next == "\\", let escaped = characters.first, escaped == closing {
                    characters.removeFirst()
                    value.append(escaped)
                } else if next == closing {
                    return value
                } else {
                    value.append(next)
                }
            }
            return value
        }
        func bare() -> String {
            var value = ""
            while let next = characters.first, !next.isWhitespace, next != "=" {
                value.append(next)
                characters.removeFirst()
            }
            return value
        }
        while true {
            skipSpace()
            guard !characters.isEmpty else { break }
            if let value = quoted() {
                result.append((nil, value))
                continue
            }
            let word = bare()
            if word.isEmpty {
                characters.removeFirst()  // a stray `=`
                continue
            }
            if characters.first == "=" {
                characters.removeFirst()
                skipSpace()
                let value = quoted() ?? bare()
                result.append((word.lowercased(), value))
            } else {
                result.append((nil, word))
            }
        }
        return result
    }
}
