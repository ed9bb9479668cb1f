/// Reads what it can from a front matter block that YAML or TOML rejected.
///
/// Hexo and older hand-written blogs write front matter that only looks like YAML: `title:拓展 Swift`
/// (no space after the colon), `title: C++: 入门` (a second colon), tabs for indentation. Hexo's own
/// reader is lenient; a strict one rejects the whole block and the article loses its title, date
/// and tags. This reader takes the simple lines such blocks are made of — `key: value`,
/// `key:value`, `key = value` (TOML), `key: [a, b]` and `- item` under a key with no value — for
/// the fields that decide how an article lists (``salvagedKeys``), and skips every other line.
/// No YAML library offers a lenient mode, hence this small reader.
enum FrontMatterSalvage {
    /// Fields worth recovering from a broken block (compared without case).
    static let salvagedKeys: Set<String> = [
        "title", "date", "publishdate", "pubdate", "tags", "categories", "category", "main_topics", "series",
        "summary", "description", "draft",
    ]

    static func read(_ content: String, firstLine: Int, format: FrontMatter.Format) -> [FrontMatterField] {
        var fields: [FrontMatterField] = []
        var listKey: Int?
        for (offset, rawLine) in content.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let line = rawLine.trimmedWhitespace
            if line.isEmpty || line.hasPrefix("#") { continue }
            if line.hasPrefix("-"), let index = listKey, case .array(let items) = fields[index].value {
                let item = unquoted(line.dropFirst())
                if !item.isEmpty { fields[index].value = .array(items + [.string(item)]) }
                continue
            }
            // Only lines starting at the left margin are keys: indented ones belong to nested tables.
            guard rawLine.first.map({ $0 != " " && $0 != "\t" }) ?? false,
                  let (key, value) = keyAndValue(line, format: format) else {
                listKey = nil
                continue
            }
            // A broken list, an inline table or a second colon is the line that failed: no value to trust.
            guard salvagedKeys.contains(key.lowercased()), !value.hasPrefix("{"), !value.hasPrefix(":"),
                  !value.hasPrefix("[") || value.hasSuffix("]") else {
                listKey = nil
                continue
            }
            let field: FrontMatterField
            if value.isEmpty {
                field = FrontMatterField(key: key, value: .array([]), scalarText: nil, line: firstLine + offset)
                listKey = fields.count
            } else if value.hasPrefix("["), value.hasSuffix("]") {
                let items = value.dropFirst().dropLast().split(separator: ",").map { unquoted($0) }.filter { !$0.isEmpty }
                field = FrontMatterField(key: key, value: .array(items.map(FrontMatterValue.string)), scalarText: nil,
                                         line: firstLine + offset)
                listKey = nil
            } else {
                let text = unquoted(value)
                field = FrontMatterField(key: key, value: .string(text), scalarText: text, line: firstLine + offset)
                listKey = nil
            }
            // The first of a repeated key wins, as it does for the strict readers' callers.
            if !fields.contains(where: { $0.key == field.key }) { fields.append(field) }
        }
        // A key with no value and no items was no list: leave it out.
        return fields.filter { $0.value != .array([]) }
    }

    /// `key: value`, `key:value` (and `key = value` in TOML): the key made of ASCII letters, digits,
    /// `_` and `-`, the value everything after the first separator.
    private static func keyAndValue(_ line: Substring, format: FrontMatter.Format) -> (String, Substring)? {
        let separator: Character = format == .toml ? "=" : ":"
        guard let index = line.firstIndex(of: separator) else { return nil }
        let key = line[..<index].trimmedWhitespace
        guard !key.isEmpty, key.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "_" || $0 == "-") }) else {
            return nil
        }
        return (String(key), line[line.index(after: index)...].trimmedWhitespace)
    }

    /// The text without surrounding whitespace and one pair of matching quotes.
    private static func unquoted(_ text: Substring) -> String {
        let trimmed = text.trimmedWhitespace
        if trimmed.count >= 2, let first = trimmed.first, first == "\"" || first == "'", trimmed.last == first {
            return String(trimmed.dropFirst().dropLast())
        }
        return String(trimmed)
    }
}
