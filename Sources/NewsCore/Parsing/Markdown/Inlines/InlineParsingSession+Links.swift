/// Links, images and footnote references: what happens at `[`, `![` and `]` (CommonMark 0.31
/// §6.3–§6.4, GFM footnotes).
extension InlineParsingSession {
    /// `[` or `![` becomes a text node and a bracket opener.
    mutating func openBracket(isImage: Bool, length: Int) {
        let node = nodes.append(.text, start: position, end: position + length)
        position += length
        brackets.push(.init(node: node, isImage: isImage, contentStart: position))
    }

    /// `]`: a footnote reference, an inline link, a reference link, or plain text.
    mutating func closeBracket() {
        let closePosition = position
        position += 1
        guard let opener = brackets.last else {
            nodes.append(.text, start: closePosition, end: position)
            return
        }
        guard brackets.lastIsActive else {
            brackets.popLast()
            nodes.append(.text, start: closePosition, end: position)
            return
        }
        if let label = footnoteLabel(from: opener.contentStart, to: closePosition) {
            makeFootnoteReference(label, opener: opener)
            return
        }
        if let target = inlineLinkTarget(from: position) ?? referenceTarget(opener: opener, closePosition: closePosition) {
            makeLink(opener: opener, destination: target.destination, title: target.title)
            position = target.next
            return
        }
        brackets.popLast()
        nodes.append(.text, start: closePosition, end: closePosition + 1)
    }

    // MARK: - Footnote references

    /// `[^label]`: a label without spaces or brackets; the block parser checks it is defined.
    private func footnoteLabel(from start: Int, to close: Int) -> String? {
        guard close - start >= 2, close - start <= LinkSyntax.maximumLabelLength,
              bytes[start] == UInt8(ascii: "^") else { return nil }
        for index in (start + 1)..<close {
            switch bytes[index] {
            case UInt8(ascii: " "), UInt8(ascii: "\t"), UInt8(ascii: "\n"), UInt8(ascii: "["), UInt8(ascii: "]"):
                return nil
            default: continue
            }
        }
        return String(decoding: bytes[(start + 1)..<close], as: UTF8.self)
    }

    /// Replaces the bracket and what follows it with a footnote reference; `![^1]` keeps its `!`.
    private mutating func makeFootnoteReference(_ label: String, opener: BracketStack.Bracket) {
        delimiters.removeAll(atOrAbove: opener.contentStart)
        brackets.popLast()
        if opener.isImage {
            nodes[opener.node].end -= 1
            if nodes[opener.node].next >= 0 { nodes.truncate(from: nodes[opener.node].next) }
        } else {
            nodes.truncate(from: opener.node)
        }
        nodes.append(.footnoteReference, string: label)
    }

    // MARK: - Link targets

    /// `(destination "title")` right after `]`; returns the index after `)`.
    private func inlineLinkTarget(from start: Int) -> (destination: String, title: String?, next: Int)? {
        guard start < end, bytes[start] == UInt8(ascii: "(") else { return nil }
        let destinationStart = LinkSyntax.skipSpacesAndOneNewline(bytes, from: start + 1, end: end)
        guard let destination = LinkSyntax.destination(bytes, from: destinationStart, end: end) else { return nil }
        var index = LinkSyntax.skipSpacesAndOneNewline(bytes, from: destination.next, end: end)
        var title: Range<Int>?
        if index > destination.next, let found = LinkSyntax.title(bytes, from: index, end: end) {
            title = found.value
            index = LinkSyntax.skipSpacesAndOneNewline(bytes, from: found.next, end: end)
        }
        guard index < end, bytes[index] == UInt8(ascii: ")") else { return nil }
        let value = destination.value
        return (MarkdownText.unescape(bytes, from: value.lowerBound, to: value.upperBound),
                title.map { MarkdownText.unescape(bytes, from: $0.lowerBound, to: $0.upperBound) },
                index + 1)
    }

    /// `[label]` (full), `[]` (collapsed) or nothing (shortcut) after `]`, found among the
    /// document's definitions; returns the index after what it used.
    private func referenceTarget(opener: BracketStack.Bracket, closePosition: Int) -> (destination: String, title: String?, next: Int)? {
        var labelRange: Range<Int>?
        var next = closePosition + 1
        if let label = LinkSyntax.label(bytes, from: next, end: end) {
            labelRange = label.value
            next = label.next
        } else if next + 1 < end, bytes[next] == UInt8(ascii: "["), bytes[next + 1] == UInt8(ascii: "]") {
            next += 2  // collapsed: the link text is the label
        }
        if labelRange == nil {
            // The text itself is the label, which may not contain brackets (§6.3).
            guard !opener.hasBracketAfter, closePosition - opener.contentStart <= LinkSyntax.maximumLabelLength else { return nil }
            labelRange = opener.contentStart..<closePosition
        }
        guard let range = labelRange else { return nil }
        let key = LinkLabel.normalize(String(decoding: bytes[range], as: UTF8.self))
        guard !key.isEmpty, let reference = linkReferences[key] else { return nil }
        return (reference.destination, reference.title, next)
    }

    /// Wraps the nodes after the opener into a link or image and removes the opener.
    private mutating func makeLink(opener: BracketStack.Bracket, destination: String, title: String?) {
        processEmphasis(above: opener.contentStart)
        let payload = nodes.addLink(destination: destination, title: title)
        nodes.wrap(after: opener.node, before: -1, into: opener.isImage ? .image : .link, payload: payload)
        nodes.remove(opener.node)
        brackets.popLast()
        if !opener.isImage { brackets.deactivateLinkOpeners() }
    }
}
