import NewsCore

/// Renders a ``Document`` as HTML the way cmark-gfm does, so spec examples can be compared.
///
/// Test-only: newsreader itself never produces HTML. Footnotes render like cmark-gfm's
/// `gfm-extensions-tests.txt`: referenced definitions only, in order of first reference, and a
/// reference without a definition stays literal text `[^x]`.
struct HTMLRenderer {
    private var output = ""
    private let ordinals: [String: Int]

    static func render(_ document: Document) -> String {
        var renderer = HTMLRenderer(document: document)
        renderer.renderBlocks(document.blocks, tight: false)
        renderer.renderFootnotes(document.footnotes)
        return renderer.output
    }

    private init(document: Document) {
        var ordinals: [String: Int] = [:]
        for footnote in document.footnotes where footnote.referenceCount > 0 {
            ordinals[LinkLabel.normalize(footnote.label)] = footnote.ordinal
        }
        self.ordinals = ordinals
    }

    /// Starts a new line unless the output already ends one (cmark's `cr`).
    private mutating func newline() {
        if let last = output.utf8.last, last != UInt8(ascii: "\n") { output += "\n" }
    }

    // MARK: - Blocks

    private mutating func renderBlocks(_ blocks: [Block], tight: Bool) {
        for block in blocks { renderBlock(block, tight: tight) }
    }

    private mutating func renderBlock(_ block: Block, tight: Bool) {
        switch block {
        case .paragraph(let content):
            if tight {
                renderInlines(content)
            } else {
                newline()
                output += "<p>"
                renderInlines(content)
                output += "</p>\n"
            }
        case .heading(let level, let content):
            newline()
            output += "<h\(level)>"
            renderInlines(content)
            output += "</h\(level)>\n"
        case .blockQuote(let blocks):
            newline()
            output += "<blockquote>\n"
            renderBlocks(blocks, tight: false)
            newline()
            output += "</blockquote>\n"
        case .list(let list):
            renderList(list)
        case .codeBlock(let code):
            newline()
            output += "<pre><code"
            let language = code.info.split(separator: " ", maxSplits: 1).first.map(String.init) ?? ""
            if !language.isEmpty { output += " class=\"language-\(Self.escape(language))\"" }
            output += ">" + Self.escape(code.text) + "</code></pre>\n"
        case .htmlBlock(let html):
            newline()
            output += html
            newline()
        case .table(let table):
            renderTable(table)
        case .thematicBreak:
            newline()
            output += "<hr />\n"
        }
    }

    private mutating func renderList(_ list: ListBlock) {
        newline()
        let tag: String
        switch list.kind {
        case .bullet:
            tag = "ul"
            output += "<ul>\n"
        case .ordered(let start, _):
            tag = "ol"
            output += start == 1 ? "<ol>\n" : "<ol start=\"\(start)\">\n"
        }
        for item in list.items {
            newline()
            output += "<li>"
            renderBlocks(item, tight: list.isTight)
            output += "</li>\n"
        }
        output += "</\(tag)>\n"
    }

    private mutating func renderTable(_ table: Table) {
        newline()
        output += "<table>\n<thead>\n"
        renderRow(table.header, cell: "th", alignments: table.alignments)
        output += "</thead>\n"
        if !table.rows.isEmpty {
            output += "<tbody>\n"
            for row in table.rows { renderRow(row, cell: "td", alignments: table.alignments) }
            output += "</tbody>\n"
        }
        output += "</table>\n"
    }

    private mutating func renderRow(_ cells: [[Inline]], cell: String, alignments: [Table.Alignment]) {
        output += "<tr>\n"
        for (index, content) in cells.enumerated() {
            let alignment = index < alignments.count ? alignments[index] : .none
            output += alignment == .none ? "<\(cell)>" : "<\(cell) align=\"\(alignment.rawValue)\">"
            renderInlines(content)
            output += "</\(cell)>\n"
        }
        output += "</tr>\n"
    }

    private mutating func renderFootnotes(_ footnotes: [Footnote]) {
        let referenced = footnotes.filter { $0.referenceCount > 0 }.sorted { $0.ordinal < $1.ordinal }
        guard !referenced.isEmpty else { return }
        newline()
        output += "<section class=\"footnotes\">\n<ol>\n"
        for footnote in referenced {
            let backReference = "<a href=\"#fnref\(footnote.ordinal)\" class=\"footnote-backref\">↩</a>"
            output += "<li id=\"fn\(footnote.ordinal)\">\n"
            renderBlocks(footnote.blocks, tight: false)
            if case .paragraph = footnote.blocks.last, output.hasSuffix("</p>\n") {
                output.removeLast("</p>\n".count)
                output += " " + backReference + "</p>\n"
            } else {
                newline()
                output += backReference + "\n"
            }
            output += "</li>\n"
        }
        output += "</ol>\n</section>\n"
    }

    // MARK: - Inlines

    private mutating func renderInlines(_ inlines: [Inline]) {
        for inline in inlines { renderInline(inline) }
    }

    private mutating func renderInline(_ inline: Inline) {
        switch inline {
        case .text(let text):
            output += Self.escape(text)
        case .softBreak:
            output += "\n"
        case .hardBreak:
            output += "<br />\n"
        case .code(let code):
            output += "<code>" + Self.escape(code) + "</code>"
        case .emphasis(let inner):
            wrap("em", inner)
        case .strong(let inner):
            wrap("strong", inner)
        case .strikethrough(let inner):
            wrap("del", inner)
        case .styled(let style, let inner):
            wrap(style == .underline ? "u" : "mark", inner)
        case .anchor(let id):
            output += "<a id=\"" + Self.escape(id) + "\"></a>"
        case .link(let destination, let title, let content):
            output += "<a href=\"" + Self.escapeHref(destination) + "\""
            if let title { output += " title=\"" + Self.escape(title) + "\"" }
            output += ">"
            renderInlines(content)
            output += "</a>"
        case .image(let source, let title, let alt):
            output += "<img src=\"" + Self.escapeHref(source) + "\" alt=\"" + Self.escape(Self.altText(alt)) + "\""
            if let title { output += " title=\"" + Self.escape(title) + "\"" }
            output += " />"
        case .autolink(let destination, let text):
            output += "<a href=\"" + Self.escapeHref(destination) + "\">" + Self.escape(text) + "</a>"
        case .html(let html):
            output += html
        case .footnoteReference(let label):
            if let ordinal = ordinals[LinkLabel.normalize(label)] {
                output += "<sup class=\"footnote-ref\"><a href=\"#fn\(ordinal)\" id=\"fnref\(ordinal)\">\(ordinal)</a></sup>"
            } else {
                output += Self.escape("[^\(label)]")
            }
        }
    }

    private mutating func wrap(_ tag: String, _ inner: [Inline]) {
        output += "<\(tag)>"
        renderInlines(inner)
        output += "</\(tag)>"
    }

    /// An image's alt text: its content without markup, breaks as spaces (as cmark renders it).
    private static func altText(_ inlines: [Inline]) -> String {
        var result = ""
        for inline in inlines {
            switch inline {
            case .text(let text), .code(let text), .html(let text): result += text
            case .softBreak, .hardBreak: result += " "
            case .emphasis(let inner), .strong(let inner), .strikethrough(let inner), .styled(_, let inner): result += altText(inner)
            case .link(_, _, let content): result += altText(content)
            case .image(_, _, let alt): result += altText(alt)
            case .autolink(_, let text): result += text
            case .footnoteReference(let label): result += "[^\(label)]"
            case .anchor: break
            }
        }
        return result
    }
}
