import NewsCore

/// A footnote reference, a link or an image the reader can select with Tab, where it is drawn.
struct ArticleTarget: Equatable, Sendable {
    /// Which anchor it is; indices into the rendered article's anchor lists, which keep the same
    /// reading order at every width (so a selection survives a resize).
    enum Kind: Hashable, Sendable {
        case reference(Int)
        case link(Int)
        /// An index into `ArticleImage.all(in:)`: the featured image first, then the body's.
        case image(Int)
        /// An article of the `相关文章 Related` section, by its place there.
        case related(Int)
    }

    var kind: Kind
    var line: Int
    var column: Int
    /// Display columns to highlight on `line`.
    var width: Int
    /// The rest of a link wrapped onto the next line: its columns there, from the line's indent.
    var continuation: Range<Int>?

    /// The screen cells it covers: (line, columns) of its first part, and of its continuation.
    var segments: [(line: Int, columns: Range<Int>)] {
        [(line, column..<column + width)] + (continuation.map { [(line + 1, $0)] } ?? [])
    }

    /// Every reference, link and image of `rendered`, in reading order (by line, then column);
    /// `imageCount` is how many images the article has (`ArticleImage.all(in:)`).
    static func targets(in rendered: RenderedArticle, imageCount: Int = 0) -> [ArticleTarget] {
        var targets = imageTargets(in: rendered, count: imageCount)
        for (index, reference) in rendered.anchors.footnoteReferences.enumerated() {
            let shown = "[" + TerminalText.sanitize(reference.label) + (reference.isDefined ? "]" : "?]")
            targets.append(ArticleTarget(kind: .reference(index), line: reference.line, column: reference.column,
                                        width: DisplayWidth.of(shown)))
        }
        for (index, link) in rendered.anchors.links.enumerated() where rendered.lines.indices.contains(link.line) {
            let width = DisplayWidth.of(linkText(in: rendered.lines[link.line], from: link.column))
            var target = ArticleTarget(kind: .link(index), line: link.line, column: link.column, width: max(1, width))
            // A link whose text runs to the end of its line goes on at the next line's indent.
            let lines = rendered.lines
            if link.column + width >= DisplayWidth.of(lines[link.line].text), link.line + 1 < lines.count,
               lines[link.line].spans.last?.style.contains(.link) == true,
               style(of: lines[link.line + 1], at: rendered.lineInfo[link.line + 1].prefixWidth)?.contains(.link) == true {
                let indent = rendered.lineInfo[link.line + 1].prefixWidth
                let rest = DisplayWidth.of(linkText(in: lines[link.line + 1], from: indent))
                if rest > 0 { target.continuation = indent..<indent + rest }
            }
            targets.append(target)
        }
        targets.sort { ($0.line, $0.column) < ($1.line, $1.column) }
        // Neighbouring links are one styled run (`[甲](u1)[乙](u2)`): each ends where the next
        // target on its line starts, so a click or the highlight finds the right one.
        for index in targets.indices.dropLast() where targets[index + 1].line == targets[index].line {
            if case .link = targets[index].kind {
                targets[index].width = max(1, min(targets[index].width, targets[index + 1].column - targets[index].column))
            }
        }
        return targets
    }

    /// The `[图片…]` placeholders, in reading order: the layout draws each image (the featured
    /// one in the header, then the body's) as a dim span starting `[图片`, and article text is
    /// never dim there, so the n-th such span is the n-th image.
    static func imageTargets(in rendered: RenderedArticle, count: Int) -> [ArticleTarget] {
        var targets: [ArticleTarget] = []
        for (number, line) in rendered.lines.enumerated() where targets.count < count {
            var x = 0
            for span in line.spans {
                let width = DisplayWidth.of(span.text)
                if span.style.contains(.dim), span.text.hasPrefix(placeholderStart), targets.count < count {
                    targets.append(ArticleTarget(kind: .image(targets.count), line: number, column: x, width: max(1, width)))
                }
                x += width
            }
        }
        return targets
    }

    /// How the layout starts an image's placeholder (`InlineFlattener`, `DocumentRenderer`).
    static let placeholderStart = "[图片"

    /// The style of the span drawn at `column` of `line`, if any.
    static func style(of line: StyledLine, at column: Int) -> TextStyle? {
        var x = 0
        for span in line.spans {
            let width = DisplayWidth.of(span.text)
            if column < x + width { return span.style }
            x += width
        }
        return nil
    }

    /// The text of the link drawn from `column` of `line`: the run of characters in the style
    /// of the one at `column`.
    ///
    /// A citation's URL line is drawn dim, not link-styled, so the run is "same style as the
    /// first character", ending at a space when that style is not a link's.
    static func linkText(in line: StyledLine, from column: Int) -> String {
        var x = 0, text = ""
        var runStyle: TextStyle?
        for span in line.spans {
            for character in span.text {
                let columns = DisplayWidth.of(character)
                defer { x += columns }
                guard x >= column else { continue }
                if runStyle == nil { runStyle = span.style }
                if span.style != runStyle || (character == " " && !span.style.contains(.link)) { return text }
                text.append(character)
            }
        }
        return text
    }
}
