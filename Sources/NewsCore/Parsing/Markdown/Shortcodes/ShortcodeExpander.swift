/// A Markdown body with its shortcodes replaced by the Markdown they mean, and what was wrong.
public struct ShortcodeExpansion: Sendable {
    /// The body to parse as Markdown.
    public var text: String
    /// Unknown and unbalanced shortcodes, an unterminated `<!--`; lines are the original body's.
    public var diagnostics: [Diagnostic]
    /// Replacements that changed the number of lines, in order: the lines they span in the
    /// rewritten text and in the original body.
    var lineChanges: [LineChange] = []

    struct LineChange {
        var rewritten: ClosedRange<Int>
        var original: ClosedRange<Int>
    }

    /// The line of the original body that a line of ``text`` came from: inside a replacement
    /// that grew, its lines count on from the tag's line and stop at the tag's last line, so
    /// lines map back in order.
    public func originalLine(_ line: Int) -> Int {
        guard let first = lineChanges.first, line >= first.rewritten.lowerBound else { return line }
        var low = 0, high = lineChanges.count - 1
        while low < high {
            let middle = (low + high + 1) / 2
            if lineChanges[middle].rewritten.lowerBound <= line { low = middle } else { high = middle - 1 }
        }
        let change = lineChanges[low]
        if line <= change.rewritten.upperBound {
            return min(change.original.lowerBound + (line - change.rewritten.lowerBound), change.original.upperBound)
        }
        return change.original.upperBound + (line - change.rewritten.upperBound)
    }
}

/// Replaces Hugo shortcodes (`{{< >}}`, `{{% %}}`) and Hexo tag plugins (`{% %}`) by the Markdown
/// they stand for, before the Markdown is parsed, so they are never shown raw:
/// `figure`/`img`/`screenshot`/`asset_img` an image with its caption; `ref`/`relref`/`post_link` an internal
/// link (`ref:` followed by the target, which the reader resolves); `highlight`/`codeblock`/`code`/
/// `code-toggle` a fenced code block whose content is never read as Markdown; `youtube bilibili vimeo tweet
/// gist video audio iframe` a `[视频] URL` link line; any paired shortcode its inner content, an
/// admonition's title as a bold line first, a `details` summary as a `▸` line; `blockquote`/
/// `quote` a block quote ending with its attribution; an unknown single shortcode nothing, with a
/// warning for `check`.
public enum ShortcodeExpander {
    /// Paired shortcodes whose content is code: shown as written, never read as Markdown
    /// (`code-toggle` holds a site's configuration in TOML, YAML or JSON).
    static let verbatim: Set<String> = [
        "highlight", "codeblock", "code", "raw", "verbatim", "mermaid", "katex", "math", "chart", "include_code", "code-toggle",
    ]
    static let admonitions: Set<String> = [
        "notice", "admonition", "alert", "note", "tip", "warning", "caution", "important", "hint", "info", "danger",
        "callout", "blockquote", "quote", "pullquote",
    ]
    static let collapsibles: Set<String> = ["details", "spoiler", "collapse", "expand"]
    /// Paired shortcodes that are a block quote, their attribution last inside it.
    static let quotes: Set<String> = ["blockquote", "quote", "pullquote"]

    public static func expand(_ text: String) -> ShortcodeExpansion {
        guard ShortcodeScanner.mayFindAnything(in: text) else { return ShortcodeExpansion(text: text, diagnostics: []) }
        let scanner = ShortcodeScanner(text)
        guard !scanner.tags.isEmpty || scanner.unterminatedComment != nil else {
            return ShortcodeExpansion(text: text, diagnostics: [])
        }
        var writer = ShortcodeWriter(bytes: Array(text.utf8), tags: scanner.tags)
        writer.write(cutAt: scanner.unterminatedComment?.offset)
        var diagnostics = writer.diagnostics
        if let comment = scanner.unterminatedComment {
            diagnostics.append(Diagnostic(line: comment.line, severity: .warning,
                                          message: "unterminated HTML comment `<!--` hides the rest of the article"))
        }
        diagnostics.sort { ($0.line ?? 0) < ($1.line ?? 0) }
        var expansion = ShortcodeExpansion(text: String(decoding: writer.output, as: UTF8.self), diagnostics: diagnostics)
        expansion.lineChanges = writer.lineChanges
        return expansion
    }
}

/// Writes the expanded body: the text between tags as it is, each tag as its replacement.
struct ShortcodeWriter {
    let bytes: [UInt8]
    let tags: [ShortcodeTag]
    private(set) var output: [UInt8] = []
    private(set) var diagnostics: [Diagnostic] = []
    private(set) var lineChanges: [ShortcodeExpansion.LineChange] = []
    /// For each opening tag, the index of its closing tag.
    private var partner: [Int: Int] = [:]
    private var strayClosings: Set<Int> = []
    private var outputLines = 1

    init(bytes: [UInt8], tags: [ShortcodeTag]) {
        self.bytes = bytes
        self.tags = tags
        output.reserveCapacity(bytes.count + 256)
        pair()
    }

    /// Matches closings to the nearest open tag of the same name; tags left open are single.
    private mutating func pair() {
        var open: [Int] = []
        for (index, tag) in tags.enumerated() where !tag.name.isEmpty {
            guard tag.isClosing else {
                open.append(index)
                continue
            }
            // Only the last few open tags are looked at: hostile input stays linear.
            if let position = open.indices.reversed().prefix(64).first(where: { tags[open[$0]].name == tag.name }) {
                partner[open[position]] = index
                open.removeSubrange(position...)
            } else {
                strayClosings.insert(index)
            }
        }
    }

    mutating func write(cutAt cut: Int?) {
        var copied = 0
        var index = 0
        let end = cut ?? bytes.count
        while index < tags.count, tags[index].range.lowerBound < end {
            let tag = tags[index]
            copy(copied..<tag.range.lowerBound)
            let indent = indentation(before: tag.range.lowerBound)
            var consumed = tag.range
            var next = index + 1
            if let closing = partner[index], ShortcodeExpander.verbatim.contains(tag.name) {
                let inner = bytes[tag.range.upperBound..<tags[closing].range.lowerBound]
                consumed = tag.range.lowerBound..<tags[closing].range.upperBound
                next = closing + 1
                append(Self.verbatimBlock(tag, inner: Array(inner), indent: indent), replacing: consumed, line: tag.line)
            } else if strayClosings.contains(index) {
                diagnostics.append(Diagnostic(line: tag.line, severity: .warning,
                                              message: "closing shortcode `\(tag.name)` was never opened"))
                append([], replacing: consumed, line: tag.line)
            } else if tag.isClosing, !tag.name.isEmpty {
                append(Array("\n\n".utf8), replacing: consumed, line: tag.line)
            } else if let closing = partner[index], ShortcodeExpander.quotes.contains(tag.name),
                      !tags[(index + 1)..<closing].contains(where: { ShortcodeExpander.quotes.contains($0.name) }) {
                // A quote inside a quote keeps the plain reading: expanding inner text once per
                // level would make deep nesting quadratic.
                let inner = String(decoding: bytes[tag.range.upperBound..<tags[closing].range.lowerBound], as: UTF8.self)
                consumed = tag.range.lowerBound..<tags[closing].range.upperBound
                next = closing + 1
                append(Array(quote(tag, inner: inner, indent: indent).utf8), replacing: consumed, line: tag.line)
            } else if partner[index] != nil {
                append(Array(Self.opening(tag, indent: indent).utf8), replacing: consumed, line: tag.line)
            } else {
                append(Array(single(tag, index: index, indent: indent).utf8), replacing: consumed, line: tag.line)
            }
            copied = min(consumed.upperBound, end)
            index = next
        }
        copy(copied..<max(copied, end))
    }

    private mutating func copy(_ range: Range<Int>) {
        guard !range.isEmpty else { return }
        output.append(contentsOf: bytes[range])
        outputLines += bytes[range].reduce(0) { $0 + ($1 == 0x0A ? 1 : 0) }
    }

    /// Appends a replacement and notes where the lines after it come from.
    private mutating func append(_ replacement: [UInt8], replacing range: Range<Int>, line: Int) {
        output.append(contentsOf: replacement)
        let written = replacement.reduce(0) { $0 + ($1 == 0x0A ? 1 : 0) }
        let original = bytes[range].reduce(0) { $0 + ($1 == 0x0A ? 1 : 0) }
        if written != original {
            lineChanges.append(.init(rewritten: outputLines...(outputLines + written), original: line...(line + original)))
        }
        outputLines += written
    }

    /// The spaces before the tag when only spaces precede it on its line (a list item's indent).
    private func indentation(before offset: Int) -> String {
        var start = offset
        while start > 0, bytes[start - 1] == 0x20 || bytes[start - 1] == 0x09 { start -= 1 }
        guard start == 0 || bytes[start - 1] == 0x0A else { return "" }
        return String(decoding: bytes[start..<offset], as: UTF8.self)
    }

    // MARK: - Replacements

    /// Code as a fenced block longer than any backtick run inside it; Hexo `raw` as it is.
    static func verbatimBlock(_ tag: ShortcodeTag, inner: [UInt8], indent: String) -> [UInt8] {
        if tag.name == "raw" || tag.name == "verbatim" { return inner }
        var language = tag.argument("lang") ?? tag.argument("language") ?? ""
        if tag.syntax == .hexo {
            language = tag.positional.first { $0.hasPrefix("lang:") }.map { String($0.dropFirst(5)) } ?? language
        } else if language.isEmpty, tag.name == "highlight" || tag.name == "code" {
            language = tag.positional.first ?? ""
        }
        if ["mermaid", "katex", "math", "chart"].contains(tag.name) { language = tag.name }
        var longest = 0, run = 0
        for byte in inner {
            run = byte == UInt8(ascii: "`") ? run + 1 : 0
            longest = max(longest, run)
        }
        let fence = String(repeating: "`", count: max(3, longest + 1))
        var body = inner[...]
        while let first = body.first, first == 0x20 || first == 0x09 { body.removeFirst() }
        if body.first == 0x0D { body.removeFirst() }
        if body.first == 0x0A { body.removeFirst() }
        var text = Array("\n".utf8)
        if let caption = ShortcodeMeaning.codeCaption(tag) { text += Array("\n\(indent)\(caption)\n".utf8) }
        text += Array("\(indent)\(fence)\(MarkdownEscaping.infoString(language))\n".utf8)
        text += body
        if let last = text.last, last != 0x0A { text.append(0x0A) }
        text += Array("\(indent)\(fence)\n".utf8)
        return text
    }

    /// A quote shortcode as a block quote: its content (shortcodes expanded) with `> ` before
    /// each line, then its attribution (`— author, source`) as the quote's last paragraph.
    private mutating func quote(_ tag: ShortcodeTag, inner: String, indent: String) -> String {
        let expansion = ShortcodeExpander.expand(inner)
        diagnostics += expansion.diagnostics.map { diagnostic in
            var moved = diagnostic
            moved.line = diagnostic.line.map { $0 + tag.line - 1 }
            return moved
        }
        var lines = expansion.text.split(separator: "\n", omittingEmptySubsequences: false).map { line in
            // Lines of a quote in a list item are indented as its tag is: the indent goes before `>`.
            var text = line[...]
            for _ in 0..<indent.count where text.first == " " || text.first == "\t" { text.removeFirst() }
            return String(text)
        }
        while let first = lines.first, first.trimmedWhitespace.isEmpty { lines.removeFirst() }
        while let last = lines.last, last.trimmedWhitespace.isEmpty { lines.removeLast() }
        if let attribution = ShortcodeMeaning.attribution(tag) {
            if !lines.isEmpty { lines.append("") }
            lines.append(attribution)
        }
        guard !lines.isEmpty else { return "\n\n" }
        return "\n\n" + lines.map { "\(indent)> \($0)" }.joined(separator: "\n") + "\n\n\(indent)"
    }

    /// The opening of a paired shortcode: an admonition's title, a details summary, or nothing.
    static func opening(_ tag: ShortcodeTag, indent: String) -> String {
        if ShortcodeExpander.collapsibles.contains(tag.name) {
            let summary = tag.argument("summary") ?? tag.argument("title", at: 0) ?? "详情"
            return "\n\n\(indent)▸ **\(MarkdownEscaping.text(summary))**\n\n\(indent)"
        }
        guard ShortcodeExpander.admonitions.contains(tag.name) else { return "" }
        guard let title = admonitionTitle(tag), !title.isEmpty else { return "\n\n\(indent)" }
        return "\n\n\(indent)**\(MarkdownEscaping.text(title))**\n\n\(indent)"
    }

    /// `title=`; else the 2nd argument of `admonition`/`notice`; else for Hexo's `note` (NexT's and
    /// hexo.io's `{% note [class] [no-icon] [title] %}`) the words after the class.
    static func admonitionTitle(_ tag: ShortcodeTag) -> String? {
        if let title = tag.argument("title") { return title }
        switch (tag.syntax, tag.name) {
        case (_, "admonition"), (_, "notice"):
            return tag.positional.dropFirst().first
        case (.hexo, "note"):
            return tag.positional.dropFirst().filter { $0 != "no-icon" }.joined(separator: " ")
        default:
            return nil
        }
    }

    /// What a shortcode without content means.
    private mutating func single(_ tag: ShortcodeTag, index: Int, indent: String) -> String {
        if tag.name.isEmpty {
            let literal = tag.named["literal"] ?? ""
            return tag.isInCode ? literal : MarkdownEscaping.text(literal)
        }
        if let image = ShortcodeMeaning.image(tag) {
            guard let caption = image.caption else { return image.image }
            // A figure on a line of its own: its caption a paragraph under it, as a `<figcaption>`.
            return isAloneOnItsLine(tag.range) ? "\(image.image)\n\n\(indent)\(caption)\n\n\(indent)" : "\(image.image) \(caption)"
        }
        if let link = ShortcodeMeaning.link(tag, isDestination: isLinkDestination(tag.range.lowerBound)) { return link }
        if let line = ShortcodeMeaning.mediaLine(tag) { return "\n\n\(indent)\(line)\n\n\(indent)" }
        if ShortcodeExpander.admonitions.contains(tag.name) || ShortcodeExpander.collapsibles.contains(tag.name) {
            diagnostics.append(Diagnostic(line: tag.line, severity: .warning,
                                          message: "shortcode `\(tag.name)` is never closed"))
            return Self.opening(tag, indent: indent)
        }
        diagnostics.append(Diagnostic(line: tag.line, severity: .warning,
                                      message: "unknown shortcode `\(tag.name)` shows nothing"))
        return ""
    }

    /// Whether only spaces share the tag's line.
    private func isAloneOnItsLine(_ range: Range<Int>) -> Bool {
        var end = range.upperBound
        while end < bytes.count, bytes[end] == 0x20 || bytes[end] == 0x09 || bytes[end] == 0x0D { end += 1 }
        guard end == bytes.count || bytes[end] == 0x0A else { return false }
        var start = range.lowerBound
        while start > 0, bytes[start - 1] == 0x20 || bytes[start - 1] == 0x09 { start -= 1 }
        return start == 0 || bytes[start - 1] == 0x0A
    }

    /// Whether the tag sits where a link's destination goes: `[text](` just before it.
    private func isLinkDestination(_ offset: Int) -> Bool {
        var index = offset
        while index > 0, bytes[index - 1] == 0x20 { index -= 1 }
        return index >= 2 && bytes[index - 1] == UInt8(ascii: "(") && bytes[index - 2] == UInt8(ascii: "]")
    }
}
