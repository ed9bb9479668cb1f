/// Emoji written by name (`:smile:`, `:see_no_evil:`) show as the emoji, as Hugo's `emojify` (and
/// themes such as Congo, which run it on every page) and GitHub show them; a name the table does
/// not know, and anything in code, stays as written.
enum EmojiShortcodes {
    static func replace(_ blocks: [Block]) -> [Block] {
        BlockInlines.map(blocks, replace(inlines:))
    }

    static func replace(inlines: [Inline]) -> [Inline] {
        // Most paragraphs have no ASCII colon at all: given back as they are.
        guard inlines.contains(where: mayHoldName) else { return inlines }
        return inlines.map { inline in
            if case .text(let text) = inline { return .text(replace(text)) }
            return inline.replacingChildren(replace(inlines:))
        }
    }

    /// `text` with every `:name:` the table knows replaced.
    static func replace(_ text: String) -> String {
        guard hasColon(text) else { return text }
        var output = ""
        var rest = Substring(text)
        while let open = rest.firstIndex(of: ":") {
            let afterOpen = rest.index(after: open)
            let name = rest[afterOpen...].prefix { isNameCharacter($0) }
            if !name.isEmpty, name.count <= 40, name.endIndex < rest.endIndex, rest[name.endIndex] == ":",
               let emoji = EmojiNames.table[name] {
                output += rest[..<open]
                output += emoji
                rest = rest[rest.index(after: name.endIndex)...]
            } else {
                // The colon may close nothing here but open the next name (`12::smile:`).
                output += rest[...open]
                rest = rest[afterOpen...]
            }
        }
        return output + rest
    }

    /// `memchr` for an ASCII colon: every paragraph of every article passes here.
    private static func hasColon(_ text: String) -> Bool {
        var text = text
        return text.withUTF8 { ByteSearch.firstOffset(of: UInt8(ascii: ":"), in: $0) != nil }
    }

    private static func isNameCharacter(_ character: Character) -> Bool {
        guard let ascii = character.asciiValue else { return false }
        return (ascii >= 0x61 && ascii <= 0x7A) || (ascii >= 0x30 && ascii <= 0x39) || "_+-".utf8.contains(ascii)
    }

    private static func mayHoldName(_ inline: Inline) -> Bool {
        if case .text(let text) = inline { return hasColon(text) }
        return inline.children?.contains(where: mayHoldName) ?? false
    }
}
