/// An article's summary in Hugo's order of precedence: the text before `<!--more-->`, else the
/// front matter's `summary`, else its `description`, else the first prose paragraph of the body
/// as plain text, cut at a sentence end near 120 CJK characters or 70 words. Always plain text,
/// as Hugo renders a summary: the front matter's fields are made plain as they are read
/// (``FrontMatterFields``), the same in a first build's head pass as in a full parse.
enum SummaryExtractor {
    /// How much text an automatic summary aims for: 120 CJK characters, or 70 words, or a mix.
    static let targetCJKCharacters = 120.0
    static let targetWords = 70.0
    /// A paragraph with fewer letters than this is a caption or a label, not prose.
    static let minimumProseLetters = 10

    static func summary(body: String, document: Document, frontMatter: FrontMatter) -> String? {
        if let manual = textBeforeMoreMarker(in: body) { return manual }
        if let summary = frontMatter.summary { return summary }
        if let description = frontMatter.description { return description }
        return firstProse(in: document.blocks).map(cut)
    }

    /// The prose before Hugo's summary divider, as one line of plain text.
    static func textBeforeMoreMarker(in body: String) -> String? {
        guard let marker = moreMarkerOffset(in: body) else { return nil }
        // Read as the body is (shortcodes expanded, HTML lowered): `[FAQ]({{< ref "/faq" >}})` is `FAQ`.
        let before = ArticleBodyParser.parse(String(decoding: body.utf8.prefix(marker), as: UTF8.self))
        var paragraphs: [String] = []
        visitParagraphs(in: before.blocks, includingLists: true) { paragraphs.append($0); return true }
        let text = paragraphs.joined(separator: " ")
        return text.isEmpty ? nil : text
    }

    /// The byte offset of `<!--more-->` (or `<!-- more -->`), found with `memchr` on `<`:
    /// Foundation's `range(of:)` bridged every body through `NSString`, 60 % of a parse's time.
    static func moreMarkerOffset(in body: String) -> Int? {
        let markers: [[UInt8]] = [Array("<!--more-->".utf8), Array("<!-- more -->".utf8)]
        var text = body
        return text.withUTF8 { bytes -> Int? in
            var start = 0
            while let found = ByteSearch.firstOffset(of: UInt8(ascii: "<"), in: UnsafeBufferPointer(rebasing: bytes[start...])) {
                let offset = start + found
                let rest = bytes[offset...]
                if markers.contains(where: { rest.starts(with: $0) }), !isInCode(offset, bytes) { return offset }
                start = offset + 1
            }
            return nil
        }
    }

    /// Whether `offset` lies in a fenced code block or a code span: there a divider is an
    /// example of one (Hexo's docs show `<!-- more -->` so), as the rendered page shows it.
    private static func isInCode(_ offset: Int, _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        let text = Array(bytes[..<offset])
        var fence: (character: UInt8, length: Int)?
        var lineStart = 0
        while lineStart < text.count {
            let lineEnd = ShortcodeScanner.lineEnd(text, from: lineStart)
            if let run = ShortcodeScanner.fenceRun(text, at: lineStart), lineEnd < text.count {
                fence = ShortcodeScanner.fence(after: run, open: fence)
            }
            if lineEnd == text.count {
                // The marker's own line: inside a fence, or after an odd number of backticks.
                return fence != nil || text[lineStart...].count { $0 == UInt8(ascii: "`") } % 2 == 1
            }
            lineStart = lineEnd + 1
        }
        return fence != nil
    }

    /// The first paragraph of prose (a lead quote counts), else the first prose list item. Stops
    /// at the first one found: flattening every paragraph of a long article cost a fifth of a parse.
    static func firstProse(in blocks: [Block]) -> String? {
        var found: String?
        for includingLists in [false, true] where found == nil {
            visitParagraphs(in: blocks, includingLists: includingLists) { text in
                if isProse(text) { found = text }
                return found == nil
            }
        }
        return found
    }

    /// Prose has letters enough and reads as sentences: a sentence end, or too long for a label
    /// (`整理编辑：zhangferry` is a credit line, not a summary).
    private static func isProse(_ text: String) -> Bool {
        let letters = text.unicodeScalars.lazy.filter(\.properties.isAlphabetic).prefix(3 * minimumProseLetters).count
        guard letters >= minimumProseLetters else { return false }
        return letters >= 3 * minimumProseLetters || text.contains { "。！？.!?".contains($0) }
    }

    /// Calls `visit` with the plain text of each non-empty paragraph in reading order (inside
    /// quotes, and lists if asked) while it returns true; false when it stopped the walk.
    @discardableResult
    private static func visitParagraphs(in blocks: [Block], includingLists: Bool, _ visit: (String) -> Bool) -> Bool {
        for block in blocks {
            switch block {
            case .paragraph(let inlines) where !isLinkLine(inlines):
                let text = String(MarkdownPlainText.text(of: inlines).trimmedWhitespace)
                if !text.isEmpty, !visit(text) { return false }
            case .blockQuote(let inner):
                if !visitParagraphs(in: inner, includingLists: includingLists, visit) { return false }
            case .list(let list) where includingLists:
                for item in list.items where !visitParagraphs(in: item, includingLists: true, visit) { return false }
            default:
                continue
            }
        }
        return true
    }

    /// A paragraph that is only links (`[视频] https://…`, a bare URL, an image): no summary.
    private static func isLinkLine(_ inlines: [Inline]) -> Bool {
        var sawLink = false
        for inline in inlines {
            switch inline {
            case .link, .autolink, .image:
                sawLink = true
            case .softBreak, .hardBreak:
                continue
            case .text(let text):
                // Only a bracketed label (`[视频]`) or spaces besides the links.
                let bare = text.trimmingCharacters(in: .whitespaces)
                guard bare.isEmpty || (bare.hasPrefix("[") && bare.hasSuffix("]") && bare.count <= 8) else { return false }
            default:
                return false
            }
        }
        return sawLink
    }

    /// `text` cut at the sentence end nearest the target length (whole when not much longer).
    static func cut(_ text: String) -> String {
        let characters = Array(text)
        var weight = 0.0
        var inWord = false
        var targetIndex: Int?
        for (index, character) in characters.enumerated() {
            if let first = character.unicodeScalars.first, CJKCharacter.contains(first) {
                weight += 1 / targetCJKCharacters
                inWord = false
            } else if character.isLetter || character.isNumber {
                if !inWord { weight += 1 / targetWords }
                inWord = true
            } else {
                inWord = false
            }
            if weight >= 1, targetIndex == nil { targetIndex = index }
            // Whole when the text ends within a fifth past the target.
            if weight > 1.2 { break }
        }
        guard let target = targetIndex, weight > 1.2 else { return text }
        // The sentence end nearest the target: up to a third past it, or back to half of it.
        let forward = (target..<min(characters.count, target + target / 3 + 1)).first { endsSentence(characters, at: $0) }
        let backward = stride(from: target, through: target / 2, by: -1).first { endsSentence(characters, at: $0) }
        let nearest = [forward, backward].compactMap { $0 }.min { abs($0 - target) < abs($1 - target) }
        guard let end = nearest else { return String(characters[...target]) + "…" }
        var last = end
        while last + 1 < characters.count, closers.contains(characters[last + 1]) { last += 1 }
        return String(characters[...last])
    }

    private static let closers: Set<Character> = ["”", "’", "」", "』", "）", ")", "\"", "'", "》"]

    private static func endsSentence(_ characters: [Character], at index: Int) -> Bool {
        switch characters[index] {
        case "。", "！", "？", "；", "…": return true
        case ".", "!", "?", ";":
            // `3.5` and `Node.js` are no sentence ends: a space or the end must follow.
            return index + 1 == characters.count || characters[index + 1].isWhitespace
        default: return false
        }
    }
}
