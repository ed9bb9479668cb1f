/// Recognizers for the lines that open leaf and container blocks, working on UTF-8 bytes.
///
/// Each takes the line's bytes from `start` (the first non-space character) to `end` (before
/// the line ending) and answers without allocating. Section numbers refer to CommonMark 0.31.
enum BlockStartSyntax {
    static func isSpaceOrTab(_ byte: UInt8) -> Bool { byte == 0x20 || byte == 0x09 }

    static func isBlank(_ bytes: [UInt8], from start: Int, to end: Int) -> Bool {
        var index = start
        while index < end {
            if !isSpaceOrTab(bytes[index]) { return false }
            index += 1
        }
        return true
    }

    /// §4.2 ATX heading: 1–6 `#`, then a space, a tab or the line end; returns the trimmed content
    /// without the optional closing sequence of `#`.
    static func atxHeading(_ bytes: [UInt8], from start: Int, to end: Int) -> (level: Int, content: Range<Int>)? {
        var index = start
        while index < end, bytes[index] == UInt8(ascii: "#") { index += 1 }
        let level = index - start
        guard level >= 1, level <= 6, index == end || isSpaceOrTab(bytes[index]) else { return nil }
        while index < end, isSpaceOrTab(bytes[index]) { index += 1 }
        var last = end
        while last > index, isSpaceOrTab(bytes[last - 1]) { last -= 1 }
        var hashes = last
        while hashes > index, bytes[hashes - 1] == UInt8(ascii: "#") { hashes -= 1 }
        if hashes == index {
            last = index
        } else if hashes < last, isSpaceOrTab(bytes[hashes - 1]) {
            last = hashes
            while last > index, isSpaceOrTab(bytes[last - 1]) { last -= 1 }
        }
        return (level, index..<last)
    }

    /// §4.5 opening code fence: 3+ backticks or tildes; a backtick fence's info has no backtick.
    static func openingFence(_ bytes: [UInt8], from start: Int, to end: Int) -> (character: UInt8, length: Int, info: Range<Int>)? {
        let character = bytes[start]
        guard character == UInt8(ascii: "`") || character == UInt8(ascii: "~") else { return nil }
        var index = start
        while index < end, bytes[index] == character { index += 1 }
        let length = index - start
        guard length >= 3 else { return nil }
        while index < end, isSpaceOrTab(bytes[index]) { index += 1 }
        var last = end
        while last > index, isSpaceOrTab(bytes[last - 1]) { last -= 1 }
        if character == UInt8(ascii: "`") {
            for position in index..<last where bytes[position] == character { return nil }
        }
        return (character, length, index..<last)
    }

    /// §4.5 closing code fence: the length of the run of `character` when only spaces follow it, else 0.
    static func closingFenceLength(_ bytes: [UInt8], from start: Int, to end: Int, character: UInt8) -> Int {
        var index = start
        while index < end, bytes[index] == character { index += 1 }
        let length = index - start
        guard length >= 3, isBlank(bytes, from: index, to: end) else { return 0 }
        return length
    }

    /// §4.3 setext underline: `=`s (level 1) or `-`s (level 2), optionally followed by spaces.
    static func setextLevel(_ bytes: [UInt8], from start: Int, to end: Int) -> Int? {
        let character = bytes[start]
        guard character == UInt8(ascii: "=") || character == UInt8(ascii: "-") else { return nil }
        var index = start
        while index < end, bytes[index] == character { index += 1 }
        guard isBlank(bytes, from: index, to: end) else { return nil }
        return character == UInt8(ascii: "=") ? 1 : 2
    }

    /// §4.1 thematic break: 3+ of the same `*`, `-` or `_`, spaces and tabs allowed between.
    static func isThematicBreak(_ bytes: [UInt8], from start: Int, to end: Int) -> Bool {
        let character = bytes[start]
        guard character == UInt8(ascii: "*") || character == UInt8(ascii: "-") || character == UInt8(ascii: "_") else {
            return false
        }
        var count = 0
        for index in start..<end {
            let byte = bytes[index]
            if byte == character {
                count += 1
            } else if !isSpaceOrTab(byte) {
                return false
            }
        }
        return count >= 3
    }

    /// §5.2 list marker: `-`, `+`, `*`, or 1–9 digits then `.` or `)`, followed by a space, a tab
    /// or the line end. A marker that interrupts a paragraph must have content (and start at 1).
    static func listMarker(_ bytes: [UInt8], from start: Int, to end: Int, interruptsParagraph: Bool) -> (marker: ListMarker, length: Int)? {
        var marker = ListMarker()
        let first = bytes[start]
        var index = start
        if first == UInt8(ascii: "-") || first == UInt8(ascii: "+") || first == UInt8(ascii: "*") {
            marker.delimiter = first
            index += 1
        } else {
            var value = 0
            while index < end, index - start < 9, bytes[index] >= 0x30, bytes[index] <= 0x39 {
                value = value * 10 + Int(bytes[index] - 0x30)
                index += 1
            }
            guard index > start, index < end, bytes[index] == UInt8(ascii: ".") || bytes[index] == UInt8(ascii: ")") else {
                return nil
            }
            marker.isOrdered = true
            marker.delimiter = bytes[index]
            marker.start = value
            index += 1
        }
        guard index == end || isSpaceOrTab(bytes[index]) else { return nil }
        if interruptsParagraph {
            if isBlank(bytes, from: index, to: end) { return nil }
            if marker.isOrdered, marker.start != 1 { return nil }
        }
        return (marker, index - start)
    }

    /// GFM footnote definition start: `[^label]:` (label without spaces or `]`), then spaces.
    static func footnoteDefinition(_ bytes: [UInt8], from start: Int, to end: Int) -> (label: Range<Int>, length: Int)? {
        guard end - start >= 5, bytes[start] == UInt8(ascii: "["), bytes[start + 1] == UInt8(ascii: "^") else { return nil }
        var index = start + 2
        while index < end, index - start < 1000 {
            let byte = bytes[index]
            if byte == UInt8(ascii: "]") || isSpaceOrTab(byte) { break }
            index += 1
        }
        let label = (start + 2)..<index
        guard !label.isEmpty, index + 1 < end,
              bytes[index] == UInt8(ascii: "]"), bytes[index + 1] == UInt8(ascii: ":") else { return nil }
        index += 2
        while index < end, isSpaceOrTab(bytes[index]) { index += 1 }
        return (label, index - start)
    }
}
