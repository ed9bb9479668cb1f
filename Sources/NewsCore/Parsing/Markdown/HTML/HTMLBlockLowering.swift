/// Reads the HTML blocks of a document as a browser shows them, together with the Markdown blocks
/// between them: `<details>` in one HTML block and `</details>` three Markdown paragraphs later
/// hold those paragraphs.
///
/// `<p> <div> <center> <section> <figure> <figcaption> …` only separate paragraphs;
/// `<blockquote>` is a quote; `<details>` shows its `<summary>` as a `▸` line, then its content;
/// `<h1>`–`<h6>` are headings; `<ul>`/`<ol>`/`<li>` lists; `<table>` a table; `<pre>` code;
/// `<iframe> <video> <audio> <embed> <object>` a `[视频] URL` line; `<script> <style> <noscript>`
/// and comments nothing. Open elements are a stack of frames (no recursion); an end tag closes
/// the nearest frame of its name and those above it, and frames still open close at the end.
struct HTMLBlockLowering {
    /// Frames nested deeper than this are read as their content (hostile nesting stays shallow).
    static let maximumDepth = 32

    private enum Role {
        case root, quote, heading(Int), summary, list(ordered: Bool, start: Int), item
        case table, row, cell(header: Bool), preformatted, hidden, media
        /// Inline elements hold inline pieces; closed when the paragraph they are in ends.
        var holdsInlines: Bool {
            switch self {
            case .heading, .summary, .cell: return true
            default: return false
            }
        }
    }

    private struct Frame {
        var name: String
        var role: Role
        var attributes: [String: String]
        var blocks: [Block] = []
        var pieces: [HTMLInlinePiece] = []
        var items: [[Block]] = []
        var rows: [(cells: [[Inline]], isHeader: Bool)] = []
        var cells: [[Inline]] = []
        var rowIsHeader = false
        var text = ""
        var mediaSource: String?
    }

    private var stack: [Frame]
    private var notes: HTMLNotes
    /// Anchors of elements that showed nothing, waiting for the next paragraph or heading.
    private var pendingAnchors: [Inline] = []
    /// How many top-level blocks come before a `<!--more-->` seen at the top level.
    private(set) var summaryBlockCount: Int?

    /// The blocks with all HTML read. Blocks without HTML are returned unchanged.
    static func lower(_ blocks: [Block], notes: inout HTMLNotes) -> (blocks: [Block], summaryBlockCount: Int?) {
        var lowering = HTMLBlockLowering(stack: [Frame(name: "", role: .root, attributes: [:])], notes: notes)
        for block in blocks { lowering.add(block) }
        let result = lowering.finish()
        notes = lowering.notes
        return (result, lowering.summaryBlockCount)
    }

    // MARK: - Markdown blocks

    private mutating func add(_ block: Block) {
        if case .htmlBlock(let raw) = block {
            let moreBefore = notes.sawMore
            for token in HTMLTokenizer.tokens(raw) { read(token) }
            flushParagraph()
            if !moreBefore, notes.sawMore, summaryBlockCount == nil { summaryBlockCount = stack[0].blocks.count }
            return
        }
        let moreBefore = notes.sawMore
        let lowered = lowerInside(block)
        if !moreBefore, notes.sawMore, summaryBlockCount == nil { summaryBlockCount = stack[0].blocks.count + 1 }
        let top = stack.count - 1
        switch stack[top].role {
        case .hidden:
            return
        case .preformatted:
            stack[top].text += BlockText.plain(lowered) + "\n"
        case _ where stack[top].role.holdsInlines:
            stack[top].pieces.append(.inline(.text(BlockText.plain(lowered))))
        default:
            flushParagraph()
            emit(lowered)
        }
    }

    /// A Markdown block with the inline HTML of its content read (quotes and list items lower
    /// their own blocks on a stack of their own).
    private mutating func lowerInside(_ block: Block) -> Block {
        switch block {
        case .paragraph(let content):
            // Most paragraphs hold no HTML: then the block itself, not an equal one made anew.
            guard HTMLInlineLowering.containsHTML(content) else { return block }
            return .paragraph(HTMLInlineLowering.lower(content, notes: &notes))
        case .heading(let level, let content):
            return .heading(level: level, content: HeadingID.movingCustomID(HTMLInlineLowering.lower(content, notes: &notes)))
        case .blockQuote(let inner):
            return .blockQuote(Self.lower(inner, notes: &notes).blocks)
        case .list(var list):
            list.items = list.items.map { Self.lower($0, notes: &notes).blocks }
            return .list(list)
        case .table(var table):
            table.header = table.header.map { HTMLInlineLowering.lower($0, notes: &notes) }
            table.rows = table.rows.map { $0.map { HTMLInlineLowering.lower($0, notes: &notes) } }
            return .table(table)
        case .codeBlock, .thematicBreak, .htmlBlock:
            return block
        }
    }

    /// Appends a finished block to the frame on top, anchors waiting for it in front.
    private mutating func emit(_ block: Block) {
        var block = block
        if !pendingAnchors.isEmpty {
            switch block {
            case .paragraph(let content):
                block = .paragraph(pendingAnchors + content)
                pendingAnchors = []
            case .heading(let level, let content):
                block = .heading(level: level, content: pendingAnchors + content)
                pendingAnchors = []
            default:
                stack[stack.count - 1].blocks.append(.paragraph(pendingAnchors))
                pendingAnchors = []
            }
        }
        stack[stack.count - 1].blocks.append(block)
    }

    // MARK: - Tokens

    private mutating func read(_ token: HTMLToken) {
        let top = stack.count - 1
        if case .hidden = stack[top].role {
            if case .endTag(let name) = token { end(name) }
            if case .startTag(let name, _, let selfClosing) = token, name == stack[top].name, !selfClosing {
                stack.append(Frame(name: name, role: .hidden, attributes: [:]))
            }
            return
        }
        if case .preformatted = stack[top].role {
            switch token {
            case .text(let text): stack[top].text += text
            case .startTag("br", _, _): stack[top].text += "\n"
            case .endTag(let name): if name == "pre" { end(name) }
            default: break
            }
            return
        }
        switch token {
        case .text(let text):
            stack[top].pieces.append(.token(.text(text)))
        case .rawText:
            break
        case .comment(let text, let terminated):
            if text.trimmedWhitespace == "more" { notes.sawMore = true }
            if !terminated { notes.sawUnterminatedComment = true }
        case .startTag(let name, let attributes, let selfClosing):
            start(name, attributes, selfClosing: selfClosing, token: token)
        case .endTag(let name):
            end(name)
        }
    }

    private mutating func start(_ name: String, _ attributes: [String: String], selfClosing: Bool, token: HTMLToken) {
        let top = stack.count - 1
        let anchor = HTMLElements.anchor(attributes)
        if name == "hr" {
            flushParagraph()
            emit(.thematicBreak)
            return
        }
        if HTMLElements.paragraphBreaking.contains(name) {
            if stack[top].role.holdsInlines {
                if !stack[top].pieces.isEmpty { stack[top].pieces.append(.inline(.hardBreak)) }
            } else {
                flushParagraph()
            }
            if let anchor { stack[stack.count - 1].pieces.append(.inline(anchor)) }
            return
        }
        guard let role = Self.role(name, attributes), !HTMLElements.void.contains(name) else {
            // Inline elements (and void ones: `<img>`, `<br>`, `<embed>`) go with the paragraph's text.
            stack[top].pieces.append(.token(token))
            return
        }
        if case .hidden = role, selfClosing { return }
        if stack.count > Self.maximumDepth {
            guard case .hidden = role else { return }
        }
        closeImplied(by: name)
        if !stack[stack.count - 1].role.holdsInlines { flushParagraph() }
        var frame = Frame(name: name, role: role, attributes: attributes)
        if let anchor { frame.pieces.append(.inline(anchor)) }
        stack.append(frame)
        if selfClosing { close() }
    }

    /// A new `<li>`, `<tr>` or cell ends the open one of its kind, as in a browser.
    private mutating func closeImplied(by name: String) {
        let siblings: Set<String>
        switch name {
        case "li": siblings = ["li"]
        case "tr": siblings = ["tr", "td", "th"]
        case "td", "th": siblings = ["td", "th"]
        default: return
        }
        guard let index = stack.lastIndex(where: { siblings.contains($0.name) }), index > 0 else { return }
        let containers: Set<String> = ["ul", "ol", "menu", "table"]
        guard !stack[index...].contains(where: { containers.contains($0.name) }) else { return }
        while stack.count > index { close() }
    }

    private mutating func end(_ name: String) {
        if HTMLElements.paragraphBreaking.contains(name) {
            let top = stack.count - 1
            if stack[top].role.holdsInlines {
                if !stack[top].pieces.isEmpty { stack[top].pieces.append(.inline(.hardBreak)) }
            } else {
                flushParagraph()
            }
            return
        }
        guard let index = stack.lastIndex(where: { $0.name == name }), index > 0 else {
            // An inline element's end tag, or a stray one: the paragraph's reader pairs it.
            stack[stack.count - 1].pieces.append(.token(.endTag(name: name)))
            return
        }
        while stack.count > index { close() }
    }

    /// What a block-level element does; nil for inline elements.
    private static func role(_ name: String, _ attributes: [String: String]) -> Role? {
        if let level = HTMLElements.headings[name] { return .heading(level) }
        if HTMLElements.hidden.contains(name) { return .hidden }
        if HTMLElements.media.contains(name) { return .media }
        switch name {
        case "blockquote": return .quote
        case "summary": return .summary
        case "ul", "menu": return .list(ordered: false, start: 1)
        case "ol": return .list(ordered: true, start: attributes["start"].flatMap { Int($0) } ?? 1)
        case "li": return .item
        case "table": return .table
        case "tr": return .row
        case "td", "th", "caption": return .cell(header: name != "td")
        case "pre": return .preformatted
        default: return nil
        }
    }

    // MARK: - Closing

    /// The inline pieces of the frame on top become a paragraph (nothing when they show nothing).
    private mutating func flushParagraph() {
        let top = stack.count - 1
        guard !stack[top].pieces.isEmpty, !stack[top].role.holdsInlines else { return }
        let pieces = stack[top].pieces
        stack[top].pieces = []
        let inlines = HTMLWhitespace.trimmed(HTMLInlineLowering.lower(pieces: HTMLWhitespace.collapsing(pieces), notes: &notes))
        if inlines.allSatisfy(HTMLWhitespace.showsNothing) {
            pendingAnchors += inlines.filter { if case .anchor = $0 { return true } else { return false } }
            return
        }
        emit(.paragraph(inlines))
    }

    private mutating func close() {
        flushParagraph()
        let frame = stack.removeLast()
        let inlines = HTMLWhitespace.trimmed(HTMLInlineLowering.lower(pieces: HTMLWhitespace.collapsing(frame.pieces), notes: &notes))
        var produced: [Block] = []
        switch frame.role {
        case .root, .hidden:
            return
        case .quote:
            produced = [.blockQuote(frame.blocks)]
        case .heading(let level):
            if !inlines.allSatisfy(HTMLWhitespace.showsNothing) { produced = [.heading(level: level, content: HeadingID.movingCustomID(inlines))] }
        case .summary:
            produced = [.paragraph([.text("▸ "), .strong(inlines)])]
        case .list(let ordered, let start):
            let items = frame.items + (frame.blocks.isEmpty ? [] : [frame.blocks])
            if !items.isEmpty {
                produced = [.list(ListBlock(kind: ordered ? .ordered(start: start, delimiter: ".") : .bullet(marker: "-"),
                                            isTight: true, items: items))]
            }
        case .item:
            if let parent = stack.indices.last, case .list = stack[parent].role {
                stack[parent].items.append(frame.blocks)
                return
            }
            produced = [.list(ListBlock(kind: .bullet(marker: "-"), isTight: true, items: [frame.blocks]))]
        case .cell(let isHeader):
            let inlines = frame.blocks.isEmpty ? inlines : inlines + [.text(" " + BlockText.plain(frame.blocks))]
            if let parent = stack.indices.last, case .row = stack[parent].role {
                stack[parent].cells.append(inlines)
                stack[parent].rowIsHeader = stack[parent].rowIsHeader || isHeader
                return
            }
            if frame.name == "caption" || !inlines.isEmpty { produced = [.paragraph(inlines)] }
        case .row:
            if let parent = stack.indices.last, case .table = stack[parent].role {
                if !frame.cells.isEmpty { stack[parent].rows.append((frame.cells, frame.rowIsHeader)) }
                return
            }
            if !frame.cells.isEmpty { produced = [.paragraph(Array(frame.cells.joined(separator: [.text(" ")])))] }
        case .table:
            produced = Self.table(frame.rows).map { [$0] } ?? []
        case .preformatted:
            var text = frame.text
            if text.hasPrefix("\n") { text.removeFirst() }
            if !text.hasSuffix("\n") { text += "\n" }
            produced = [.codeBlock(CodeBlock(info: Self.language(frame.attributes), text: text, isFenced: true))]
        case .media:
            if let line = HTMLElements.mediaLine(frame.name, source: HTMLElements.source(of: frame.attributes) ?? frame.mediaSource) {
                produced = [.paragraph(line)]
            }
        }
        // Markdown blocks that landed in a frame that holds none (a list or a table) follow it.
        let leftovers: [Block]
        switch frame.role {
        case .quote, .item, .list, .cell: leftovers = []
        default: leftovers = frame.blocks
        }
        for block in produced + leftovers { emit(block) }
    }

    private mutating func finish() -> [Block] {
        while stack.count > 1 { close() }
        flushParagraph()
        if !pendingAnchors.isEmpty {
            stack[0].blocks.append(.paragraph(pendingAnchors))
            pendingAnchors = []
        }
        return stack[0].blocks
    }

    /// A GFM table from HTML rows: the first row is the header; short rows are padded.
    private static func table(_ rows: [(cells: [[Inline]], isHeader: Bool)]) -> Block? {
        guard let first = rows.first else { return nil }
        let columns = rows.map(\.cells.count).max() ?? 0
        guard columns > 0 else { return nil }
        func padded(_ cells: [[Inline]]) -> [[Inline]] { cells + Array(repeating: [], count: columns - cells.count) }
        return .table(Table(alignments: Array(repeating: .none, count: columns), header: padded(first.cells),
                            rows: rows.dropFirst().map { padded($0.cells) }))
    }

    /// `class="language-go"` (or `lang-go`) on `<pre>`.
    private static func language(_ attributes: [String: String]) -> String {
        for word in (attributes["class"] ?? "").split(separator: " ") {
            for prefix in ["language-", "lang-"] where word.hasPrefix(prefix) { return String(word.dropFirst(prefix.count)) }
        }
        return attributes["lang"] ?? ""
    }
}
