/// Finds links in a footnote definition's Markdown source: inline links `[title](url)`,
/// autolinks `<https://…>` and bare `https://…` URLs.
///
/// A small scanner rather than the full inline parser, because a citation needs the link's exact
/// place (what follows it is outlet, author and dates) and the URL exactly as written.
struct CitationLinkScanner {
    /// A link found in the source: its text (nil for a bare URL), its URL, and where it ends.
    struct Link: Equatable {
        var title: String?
        var url: String
        var start: Int
        var end: Int
    }

    /// Longest link text looked at, so a stray `[` in a long paragraph stays cheap.
    private static let maximumTitleLength = 500
    /// The quote that ends a link title, by the one that opens it.
    private static let titleClosers: [Character: Character] = ["\"": "\"", "'": "'", "(": ")"]

    let characters: [Character]

    /// The link that starts exactly at `start`, if there is one.
    func link(at start: Int) -> Link? {
        guard start < characters.count else { return nil }
        switch characters[start] {
        case "[": return inlineLink(at: start)
        case "<": return autolink(at: start)
        case "h", "H": return bareURL(at: start)
        default: return nil
        }
    }

    /// The first link anywhere in the source (images `![…](…)` are skipped).
    func firstLink() -> Link? {
        var index = 0
        while index < characters.count {
            if characters[index] == "\\" {
                index += 2
                continue
            }
            if let link = link(at: index) {
                let isImage = characters[index] == "[" && index > 0 && characters[index - 1] == "!"
                if !isImage { return link }
                index = link.end
                continue
            }
            index += 1
        }
        return nil
    }

    /// `[text](destination "optional title")`, with nested brackets and backslash escapes in the text.
    private func inlineLink(at start: Int) -> Link? {
        var index = start + 1
        var depth = 0
        var title = ""
        while index < characters.count, index - start < Self.maximumTitleLength {
            let character = characters[index]
            if character == "\\", index + 1 < characters.count, characters[index + 1].isBackslashEscapable {
                title.append(characters[index + 1])
                index += 2
                continue
            }
            if character == "[" { depth += 1 }
            if character == "]" {
                if depth == 0 { break }
                depth -= 1
            }
            title.append(character)
            index += 1
        }
        guard index + 1 < characters.count, characters[index] == "]", characters[index + 1] == "(" else { return nil }
        guard let (url, end) = destination(at: index + 2) else { return nil }
        let trimmedTitle = CitationText.trimmed(title)
        return Link(title: trimmedTitle.isEmpty ? nil : trimmedTitle, url: url, start: start, end: end)
    }

    /// The destination and optional title after `](`, up to and including the closing `)`.
    private func destination(at start: Int) -> (String, Int)? {
        var index = start
        skipSpaces(&index)
        var url = ""
        if index < characters.count, characters[index] == "<" {
            index += 1
            while index < characters.count, characters[index] != ">", !characters[index].isNewline {
                url.append(characters[index])
                index += 1
            }
            guard index < characters.count, characters[index] == ">" else { return nil }
            index += 1
        } else {
            var parentheses = 0
            while index < characters.count {
                let character = characters[index]
                if character.isWhitespace { break }
                if character == "\\", index + 1 < characters.count, characters[index + 1].isBackslashEscapable {
                    url.append(characters[index + 1])
                    index += 2
                    continue
                }
                if character == "(" { parentheses += 1 }
                if character == ")" {
                    if parentheses == 0 { break }
                    parentheses -= 1
                }
                url.append(character)
                index += 1
            }
        }
        skipSpaces(&index)
        // An optional link title in quotes; it is not the citation's title (the link text is).
        if index < characters.count, let close = Self.titleClosers[characters[index]] {
            index += 1
            while index < characters.count, characters[index] != close { index += 1 }
            index += 1
            skipSpaces(&index)
        }
        guard index < characters.count, characters[index] == ")" else { return nil }
        return (url, index + 1)
    }

    /// `<https://example.com/x>`.
    private func autolink(at start: Int) -> Link? {
        guard let bare = bareURL(at: start + 1), bare.end < characters.count, characters[bare.end] == ">" else { return nil }
        return Link(title: nil, url: bare.url, start: start, end: bare.end + 1)
    }

    /// `https://…` or `http://…` up to white space, full-width punctuation or the middle dot;
    /// trailing ASCII punctuation and an unbalanced `)` are left out, as GFM's autolinks do.
    private func bareURL(at start: Int) -> Link? {
        guard let schemeLength = schemeLength(at: start) else { return nil }
        if start > 0, characters[start - 1].isLetter, characters[start - 1].isASCII { return nil }
        var end = start
        while end < characters.count, !Self.endsBareURL(characters[end]) { end += 1 }
        while end > start, ".,;:!?*_~'\"".contains(characters[end - 1]) || unbalancedClosing(start, end) {
            end -= 1
        }
        guard end - start > schemeLength else { return nil }
        return Link(title: nil, url: String(characters[start..<end]), start: start, end: end)
    }

    /// 8 for `https://`, 7 for `http://` (any case) at `start`; nil otherwise.
    private func schemeLength(at start: Int) -> Int? {
        for scheme in ["https://", "http://"] where start + scheme.count <= characters.count {
            var matches = true
            for (offset, expected) in scheme.enumerated() {
                let actual = characters[start + offset]
                if actual != expected && actual.lowercased() != String(expected) {
                    matches = false
                    break
                }
            }
            if matches { return scheme.count }
        }
        return nil
    }

    private func unbalancedClosing(_ start: Int, _ end: Int) -> Bool {
        guard characters[end - 1] == ")" else { return false }
        let slice = characters[start..<end]
        return slice.count(where: { $0 == ")" }) > slice.count(where: { $0 == "(" })
    }

    private static func endsBareURL(_ character: Character) -> Bool {
        if character.isWhitespace || "<>·・\"".contains(character) { return true }
        guard let scalar = character.unicodeScalars.first else { return true }
        // CJK punctuation (U+3000–U+303F) and full-width forms (U+FF00–U+FFEF): `，。（）` end a URL.
        return (0x3000...0x303F).contains(scalar.value) || (0xFF00...0xFFEF).contains(scalar.value)
    }

    private func skipSpaces(_ index: inout Int) {
        while index < characters.count, characters[index] == " " || characters[index] == "\t" || characters[index] == "\n" {
            index += 1
        }
    }
}

private extension Character {
    /// ASCII punctuation, the characters CommonMark lets a backslash escape.
    var isBackslashEscapable: Bool {
        isASCII && (isPunctuation || isSymbol)
    }
}
