/// Makes links of the bare URLs in prose (`地址：https://github.com/x/y，…`, `www.example.com`), as
/// Hugo's and Hexo's renderers and GitHub do (GFM's autolink extension), so they can be selected
/// and opened like any link.
///
/// Written here rather than in the inline parser because it only ever splits finished text.
/// One choice differs from GFM: a URL also ends at the first non-ASCII character. Chinese prose
/// runs straight on after a URL (`…/sofa-boot。下一句`), and a URL with raw Chinese in it is rare
/// (they are percent-encoded).
enum BareURLLinker {
    static func link(_ blocks: [Block]) -> [Block] {
        BlockInlines.map(blocks, link(inlines:))
    }

    static func link(inlines: [Inline]) -> [Inline] {
        // Most paragraphs hold no URL: they are given back as they are, nothing copied.
        guard inlines.contains(where: mayHoldURL) else { return inlines }
        var output: [Inline] = []
        output.reserveCapacity(inlines.count)
        // The parser may leave a run of text in pieces (`x_y` around a `_` that is no emphasis):
        // a URL is looked for in the whole run.
        var run: [String] = []
        func flush() {
            guard !run.isEmpty else { return }
            let linked = split(run.joined())
            // Pieces without a URL stay as the parser left them.
            if linked.count == 1, case .text = linked[0] { output += run.map(Inline.text) } else { output += linked }
            run = []
        }
        for inline in inlines {
            if case .text(let text) = inline {
                run.append(text)
                continue
            }
            flush()
            switch inline {
            case .link, .image:
                output.append(inline)  // a link never holds a link
            default:
                output.append(inline.replacingChildren(link(inlines:)))
            }
        }
        flush()
        return output
    }

    /// `text` as text and autolinks; itself when it holds no URL.
    static func split(_ text: String) -> [Inline] {
        var text = text
        guard text.withUTF8(mayHoldURL) else { return [.text(text)] }
        let bytes = Array(text.utf8)
        var output: [Inline] = []
        var copied = 0, index = 0
        while index < bytes.count {
            guard let end = urlEnd(bytes, at: index) else {
                index += 1
                continue
            }
            if copied < index { output.append(.text(String(decoding: bytes[copied..<index], as: UTF8.self))) }
            let shown = String(decoding: bytes[index..<end], as: UTF8.self)
            output.append(.autolink(destination: shown.lowercased().hasPrefix("www.") ? "http://" + shown : shown, text: shown))
            copied = end
            index = end
        }
        if output.isEmpty { return [.text(text)] }
        if copied < bytes.count { output.append(.text(String(decoding: bytes[copied...], as: UTF8.self))) }
        return output
    }

    /// Whether `inline` has text (at any depth) where a URL may start; links and code never do.
    private static func mayHoldURL(_ inline: Inline) -> Bool {
        switch inline {
        case .text(let text):
            var text = text
            return text.withUTF8(mayHoldURL)
        case .link, .image:
            return false
        default:
            return inline.children?.contains(where: mayHoldURL) ?? false
        }
    }

    /// A quick look for `://` or `www.` before anything slower: `memchr` for `:` and `w`, which
    /// Chinese prose seldom holds (every paragraph of every article passes here).
    private static func mayHoldURL(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        has(UInt8(ascii: ":"), followedBy: afterColon, in: bytes) || has(UInt8(ascii: "w"), followedBy: afterW, in: bytes)
    }

    private static let afterColon = Array("//".utf8), afterW = Array("ww.".utf8)

    private static func has(_ first: UInt8, followedBy rest: [UInt8], in bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var start = 0
        while start < bytes.count, let found = ByteSearch.firstOffset(of: first, in: UnsafeBufferPointer(rebasing: bytes[start...])) {
            let after = start + found + 1
            if after + rest.count <= bytes.count, bytes[after..<(after + rest.count)].elementsEqual(rest) { return true }
            start = after
        }
        return false
    }

    /// Where a URL that starts at `start` ends, nil when none starts there: `http://`, `https://`
    /// or `www.` after the start of the text, a space, `*_~(` or a non-ASCII character (never
    /// inside a word, `xhttp://`, nor after `=`), then a domain with a period, then anything up to a space, `<`
    /// or a non-ASCII character, without trailing punctuation or an unmatched `)`.
    private static func urlEnd(_ bytes: [UInt8], at start: Int) -> Int? {
        if start > 0 {
            // GFM's list of what may come before, and any non-ASCII character (Chinese prose).
            let before = bytes[start - 1]
            if before < 0x80, before > 0x20, !"*_~(".utf8.contains(before) { return nil }
        }
        var domainStart: Int
        if matches("https://", bytes, at: start) {
            domainStart = start + 8
        } else if matches("http://", bytes, at: start) {
            domainStart = start + 7
        } else if matches("www.", bytes, at: start) {
            domainStart = start
        } else {
            return nil
        }
        var index = domainStart, periods = 0
        while index < bytes.count, isWordByte(bytes[index]) || bytes[index] == UInt8(ascii: "-") || bytes[index] == UInt8(ascii: ".") {
            if bytes[index] == UInt8(ascii: ".") { periods += 1 }
            index += 1
        }
        let domain = bytes[domainStart..<index]
        guard periods > 0, domain.last != UInt8(ascii: "."), domain.contains(where: isWordByte),
              index > domainStart + (domainStart == start ? 4 : 0) else { return nil }
        while index < bytes.count, bytes[index] > 0x20, bytes[index] < 0x80, bytes[index] != UInt8(ascii: "<") { index += 1 }
        return trimmedEnd(bytes, from: start, to: index)
    }

    /// GFM's trailing rules: punctuation at the end is the sentence's, and so is a `)` that
    /// closes nothing opened inside the URL.
    private static func trimmedEnd(_ bytes: [UInt8], from start: Int, to end: Int) -> Int {
        var end = end
        while end > start {
            let last = bytes[end - 1]
            if "?!.,:;*_~'\"".utf8.contains(last) {
                end -= 1
            } else if last == UInt8(ascii: ")") {
                let opened = bytes[start..<end].count { $0 == UInt8(ascii: "(") }
                let closed = bytes[start..<end].count { $0 == UInt8(ascii: ")") }
                guard closed > opened else { break }
                end -= 1
            } else {
                break
            }
        }
        return end
    }

    private static func matches(_ prefix: String, _ bytes: [UInt8], at start: Int) -> Bool {
        var index = start
        for byte in prefix.utf8 {
            guard index < bytes.count, bytes[index] | 0x20 == byte | 0x20 else { return false }
            index += 1
        }
        return true
    }

    private static func isWordByte(_ byte: UInt8) -> Bool {
        (byte >= 0x30 && byte <= 0x39) || (byte | 0x20 >= 0x61 && byte | 0x20 <= 0x7A) || byte == UInt8(ascii: "_")
    }
}
