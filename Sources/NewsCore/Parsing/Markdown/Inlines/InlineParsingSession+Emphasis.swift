/// Delimiter runs and "process emphasis" (CommonMark 0.31 §6.2 and the appendix), plus GFM
/// strikethrough with one or two tildes.
extension InlineParsingSession {
    /// Pushes a run of `*`, `_` or `~` as a text node, and onto the delimiter stack when it can
    /// open or close.
    mutating func parseDelimiterRun(_ character: UInt8) {
        let start = position
        while position < end, bytes[position] == character { position += 1 }
        let length = position - start
        let node = nodes.append(.text, start: start, end: position)
        // GFM: strikethrough takes one or two tildes; longer runs are plain text.
        if character == UInt8(ascii: "~"), length > 2 { return }
        let flanking = DelimiterFlanking(delimiter: character, runStart: start, runEnd: position, in: bytes)
        guard flanking.canOpen || flanking.canClose else { return }
        delimiters.push(.init(node: node, position: start, character: character, remaining: length,
                              originalLength: length, canOpen: flanking.canOpen, canClose: flanking.canClose))
    }

    /// Matches closers with openers among the delimiters at or above `bottom` (a source
    /// position), wrapping what lies between into emphasis, then drops those delimiters.
    ///
    /// `openersBottom` remembers, per kind of closer, below which no opener can match, so a
    /// closer never searches the same openers twice: the whole pass is linear.
    mutating func processEmphasis(above bottom: Int) {
        var closer = delimiters.first(atOrAbove: bottom)
        guard closer >= 0 else { return }
        var openersBottom = [Int](repeating: bottom, count: 14)
        while closer >= 0 {
            let closing = delimiters[closer]
            guard closing.canClose else {
                closer = closing.next
                continue
            }
            let kind = Self.closerKind(closing)
            var opener = closing.previous
            var found = false
            while opener >= 0, delimiters[opener].position >= openersBottom[kind] {
                if Self.canMatch(opener: delimiters[opener], closer: closing) {
                    found = true
                    break
                }
                opener = delimiters[opener].previous
            }
            if found {
                closer = insertEmphasis(opener: opener, closer: closer)
            } else {
                openersBottom[kind] = closing.position
                let next = closing.next
                if !closing.canOpen { delimiters.remove(closer) }
                closer = next
            }
        }
        delimiters.removeAll(atOrAbove: bottom)
    }

    /// Closers that would accept the same openers share a slot of `openersBottom`.
    private static func closerKind(_ closer: DelimiterStack.Delimiter) -> Int {
        switch closer.character {
        case UInt8(ascii: "*"): return (closer.canOpen ? 3 : 0) + closer.originalLength % 3
        case UInt8(ascii: "_"): return 6 + (closer.canOpen ? 3 : 0) + closer.originalLength % 3
        default: return 12 + (closer.originalLength - 1)
        }
    }

    private static func canMatch(opener: DelimiterStack.Delimiter, closer: DelimiterStack.Delimiter) -> Bool {
        guard opener.canOpen, opener.character == closer.character else { return false }
        if closer.character == UInt8(ascii: "~") { return opener.originalLength == closer.originalLength }
        // The "rule of 3" (§6.2, rules 9 and 10).
        if closer.canOpen || opener.canClose {
            return closer.originalLength % 3 == 0 || (opener.originalLength + closer.originalLength) % 3 != 0
        }
        return true
    }

    /// Uses one or two characters of each run to wrap the nodes between them; returns the
    /// delimiter to look at next.
    private mutating func insertEmphasis(opener: Int, closer: Int) -> Int {
        let character = delimiters[closer].character
        let used: Int
        let kind: InlineNodeList.Kind
        if character == UInt8(ascii: "~") {
            used = delimiters[closer].remaining
            kind = .strikethrough
        } else {
            used = delimiters[opener].remaining >= 2 && delimiters[closer].remaining >= 2 ? 2 : 1
            kind = used == 2 ? .strong : .emphasis
        }
        delimiters[opener].remaining -= used
        delimiters[closer].remaining -= used
        let openerNode = delimiters[opener].node
        let closerNode = delimiters[closer].node
        nodes[openerNode].end -= used
        nodes[closerNode].end -= used

        var between = delimiters[closer].previous
        while between != opener, between >= 0 {
            let previous = delimiters[between].previous
            delimiters.remove(between)
            between = previous
        }
        nodes.wrap(after: openerNode, before: closerNode, into: kind)

        if delimiters[opener].remaining == 0 {
            nodes.remove(openerNode)
            delimiters.remove(opener)
        }
        if delimiters[closer].remaining == 0 {
            nodes.remove(closerNode)
            let next = delimiters[closer].next
            delimiters.remove(closer)
            return next
        }
        return closer
    }
}
