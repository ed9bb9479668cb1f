/// Finds links in a footnote definition's Markdown source: inline links `[title](url)`,
/// autolinks `<https://…>` and bare `https://…` URLs.
///
/// A small scanner rather than the full inline parser, because a citation needs the link's exact
/// place (what follows it is outlet, author and dates) and the URL exactly as written. It works on
/// Unicode scalars: every delimiter it looks for is one scalar, and scalar comparisons are far
/// cheaper than `Character` ones.
struct CitationLinkScanner {
    /// A link found in the source: its text (nil for a bare URL), its URL, and its scalar offsets.
    struct Link: Equatable {
        var title: String?
        var url: String
        var start: Int
        var end: Int
    }

    /// Longest link text looked at, so a stray `[` in a long paragraph stays cheap.
    private static let maximumTitleLength = 500
    /// URL schemes a bare URL may start with, in lower case.
    private static let schemes: [[Unicode.Scalar]] = [Array("https://".unicodeScalars), Array("http://".unicodeScalars)]
    /// The quote that ends a link title, by the one that opens it.
    private static let titleClosers: [Unicode.Scalar: Unicode.Scalar] = ["\"": "\"", "'": "'", "(": ")"]

    let scalars: [Unicode.Scalar]

    init(scalars: [Unicode.Scalar]) {
        self.scalars = scalars
    }

    /// The link that starts exactly at `start`, if there is one.
    func link(at start: Int) -> Link? {
        guard start < scalars.count else { return nil }
        switch scalars[start] {
        case "[": return inlineLink(at: start)
        case "<": return autolink(at: start)
        case "h", "H": return bareURL(at: start)
        default: return nil
        }
    }

    /// The first link anywhere in the source (images `![…](…)` are skipped).
    func firstLink() -> Link? {
        var index = 0
        while index < scalars.count {
            if scalars[index] == "\\" {
                index += 2
                continue
            }
            if let link = link(at: index) {
                let isImage = scalars[index] == "[" && index > 0 && scalars[index - 1] == "!"
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
        var title = String.UnicodeScalarView()
        while index < scalars.count, index - start < Self.maximumTitleLength {
            let character = scalars[index]
            if character == "\\", index + 1 < scalars.count, scalars[index + 1].isBackslashEscapable {
                title.append(scalars[index + 1])
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
        guard index + 1 < scalars.count, scalars[index] == "]", scalars[index + 1] == "(" else { return nil }
        guard let (url, end) = destination(at: index + 2) else { return nil }
        let trimmedTitle = CitationText.trimmed(String(title))
        return Link(title: trimmedTitle.isEmpty ? nil : trimmedTitle, url: url, start: start, end: end)
    }

    /// The destination and optional title after `](`, up to and including the closing `)`.
    private func destination(at start: Int) -> (String, Int)? {
        var index = start
        skipSpaces(&index)
        var url = String.UnicodeScalarView()
        if index < scalars.count, scalars[index] == "<" {
            index += 1
            while index < scalars.count, scalars[index] != ">", scalars[index] != "\n" {
                url.append(scalars[index])
                index += 1
            }
            guard index < scalars.count, scalars[index] == ">" else { return nil }
            index += 1
        } else {
            var parentheses = 0
            while index < scalars.count {
                let character = scalars[index]
                if character.isSpaceOrControl { break }
                if character == "\\", index + 1 < scalars.count, scalars[index + 1].isBackslashEscapable {
                    url.append(scalars[index + 1])
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
        if index < scalars.count, let close = Self.titleClosers[scalars[index]] {
            index += 1
            while index < scalars.count, scalars[index] != close { index += 1 }
            index += 1
            skipSpaces(&index)
        }
        guard index < scalars.count, scalars[index] == ")" else { return nil }
        return (String(url), index + 1)
    }

    /// `<https://example.com/x>`.
    private func autolink(at start: Int) -> Link? {
        guard let bare = bareURL(at: start + 1), bare.end < scalars.count, scalars[bare.end] == ">" else { return nil }
        return Link(title: nil, url: bare.url, start: start, end: bare.end + 1)
    }

    /// `https://…` or `http://…` up to white space, full-width punctuation or the middle dot;
    /// trailing ASCII punctuation and an unbalanced `)` are left out, as GFM's autolinks do.
    private func bareURL(at start: Int) -> Link? {
        guard let schemeLength = schemeLength(at: start) else { return nil }
        if start > 0, scalars[start - 1].isASCIILetter { return nil }
        var end = start
        while end < scalars.count, !Self.endsBareURL(scalars[end]) { end += 1 }
        while end > start, Self.isTrailingPunctuation(scalars[end - 1]) || unbalancedClosing(start, end) {
            end -= 1
        }
        guard end - start > schemeLength else { return nil }
        return Link(title: nil, url: String(String.UnicodeScalarView(scalars[start..<end])), start: start, end: end)
    }

    /// 8 for `https://`, 7 for `http://` (any case) at `start`; nil otherwise.
    private func schemeLength(at start: Int) -> Int? {
        for scheme in Self.schemes where start + scheme.count <= scalars.count {
            var matches = true
            for (offset, expected) in scheme.enumerated() {
                let actual = scalars[start + offset]
                if actual != expected && actual.value != expected.value - 0x20 {
                    matches = false
                    break
                }
            }
            if matches { return scheme.count }
        }
        return nil
    }

    private func unbalancedClosing(_ start: Int, _ end: Int) -> Bool {
        guard scalars[end - 1] == ")" else { return false }
        let slice = scalars[start..<end]
        return slice.count(where: { $0 == ")" }) > slice.count(where: { $0 == "(" })
    }

    private static func isTrailingPunctuation(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar {
        case ".", ",", ";", ":", "!", "?", "*", "_", "~", "'", "\"": return true
        default: return false
        }
    }

    private static func endsBareURL(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar {
        case "<", ">", "·", "・", "\"": return true
        default: if scalar.isSpaceOrControl { return true }
        }
        // CJK punctuation (U+3000–U+303F) and full-width forms (U+FF00–U+FFEF): `，。（）` end a URL.
        return (0x3000...0x303F).contains(scalar.value) || (0xFF00...0xFFEF).contains(scalar.value)
    }

    private func skipSpaces(_ index: inout Int) {
        while index < scalars.count, scalars[index] == " " || scalars[index] == "\t" || scalars[index] == "\n" {
            index += 1
        }
    }
}

private extension Unicode.Scalar {
    /// ASCII punctuation, the scalars CommonMark lets a backslash escape.
    var isBackslashEscapable: Bool {
        (0x21...0x2F).contains(value) || (0x3A...0x40).contains(value) || (0x5B...0x60).contains(value)
            || (0x7B...0x7E).contains(value)
    }

    /// White space or a control character; the Unicode table is consulted only beyond ASCII.
    var isSpaceOrControl: Bool {
        value <= 0x20 || value == 0x7F || (value >= 0x80 && properties.isWhitespace)
    }

    var isASCIILetter: Bool {
        (0x41...0x5A).contains(value) || (0x61...0x7A).contains(value)
    }
}
