/// Inline content before its HTML is read: an inline from Markdown, or one HTML token.
enum HTMLInlinePiece {
    case inline(Inline)
    case token(HTMLToken)
}

/// What reading the HTML of an article noticed, for the document and for `check`.
struct HTMLNotes {
    /// A `<!--more-->` was read.
    var sawMore = false
    /// A `<!--` without `-->` hid the rest of its block.
    var sawUnterminatedComment = false
}

/// Reads the raw HTML inside inline content as a browser shows it: tags become styles, links,
/// images and line breaks, comments and scripts disappear, unknown tags leave their text.
///
/// Tags pair up with a stack, as a browser's tree builder does for inline elements: an end tag
/// closes the nearest open element of its name and every element opened after it; an end tag with
/// no open element is ignored; elements still open at the end close there.
enum HTMLInlineLowering {
    /// Elements nested deeper than this show their content without their style, so hostile
    /// input cannot build values too deep to render (or free) without overflowing the stack.
    static let maximumDepth = 32

    /// `inlines` with every ``Inline/html(_:)`` read, at any depth (the inline tree is at most
    /// ``InlineTreeBuilder/maximumDepth`` deep, so the recursion is bounded).
    static func lower(_ inlines: [Inline], notes: inout HTMLNotes) -> [Inline] {
        guard containsHTML(inlines) else { return inlines }
        var pieces: [HTMLInlinePiece] = []
        pieces.reserveCapacity(inlines.count)
        for inline in inlines {
            switch inline {
            case .html(let raw):
                pieces += HTMLTokenizer.tokens(raw).map(HTMLInlinePiece.token)
            default:
                pieces.append(.inline(lowerChildren(of: inline, notes: &notes)))
            }
        }
        return lower(pieces: pieces, notes: &notes)
    }

    /// Whether any of `inlines`, at any depth, is raw HTML.
    static func containsHTML(_ inlines: [Inline]) -> Bool {
        inlines.contains(where: containsHTML)
    }

    private static func containsHTML(_ inline: Inline) -> Bool {
        switch inline {
        case .html: return true
        case .emphasis(let inner), .strong(let inner), .strikethrough(let inner), .styled(_, let inner),
             .link(_, _, let inner), .image(_, _, let inner):
            return inner.contains(where: containsHTML)
        default: return false
        }
    }

    private static func lowerChildren(of inline: Inline, notes: inout HTMLNotes) -> Inline {
        switch inline {
        case .emphasis(let inner): return .emphasis(lower(inner, notes: &notes))
        case .strong(let inner): return .strong(lower(inner, notes: &notes))
        case .strikethrough(let inner): return .strikethrough(lower(inner, notes: &notes))
        case .styled(let style, let inner): return .styled(style, lower(inner, notes: &notes))
        case .link(let destination, let title, let content):
            return .link(destination: destination, title: title, content: lower(content, notes: &notes))
        case .image(let source, let title, let alt):
            return .image(source: source, title: title, alt: lower(alt, notes: &notes))
        default: return inline
        }
    }

    /// One open element and what it holds so far.
    private struct Frame {
        var name: String
        var attributes: [String: String]
        var items: [Inline] = []
        /// The first `<source src>` inside `<video>`/`<audio>`.
        var mediaSource: String?
    }

    /// Reads `pieces` into inlines (no ``Inline/html(_:)`` left at the top level).
    static func lower(pieces: [HTMLInlinePiece], notes: inout HTMLNotes) -> [Inline] {
        var stack = [Frame(name: "", attributes: [:])]
        var hiding = 0  // open elements whose content is never shown
        loop: for piece in pieces {
            switch piece {
            case .inline(let inline):
                if hiding == 0 { stack[stack.count - 1].items.append(inline) }
            case .token(.text(let text)):
                if hiding == 0 { stack[stack.count - 1].items.append(.text(text)) }
            case .token(.rawText):
                continue
            case .token(.comment(let text, let terminated)):
                if text.trimmedWhitespace == "more" { notes.sawMore = true }
                if !terminated {
                    // A browser shows nothing after an unterminated `<!--`.
                    notes.sawUnterminatedComment = true
                    break loop
                }
            case .token(.startTag(let name, let attributes, let selfClosing)):
                if HTMLElements.void.contains(name) || (selfClosing && !HTMLElements.hidden.contains(name)) {
                    if name == "source", stack.count > 1, stack[stack.count - 1].mediaSource == nil {
                        stack[stack.count - 1].mediaSource = attributes["src"]
                    }
                    if hiding == 0 { stack[stack.count - 1].items += voidElement(name, attributes) }
                } else if stack.count <= maximumDepth || HTMLElements.hidden.contains(name) {
                    if HTMLElements.hidden.contains(name) { hiding += 1 }
                    stack.append(Frame(name: name, attributes: attributes))
                }
            case .token(.endTag(let name)):
                guard let index = stack.lastIndex(where: { $0.name == name }), index > 0 else { continue }
                while stack.count > index {
                    close(&stack, hiding: &hiding)
                }
            }
        }
        while stack.count > 1 { close(&stack, hiding: &hiding) }
        return merged(stack[0].items)
    }

    private static func close(_ stack: inout [Frame], hiding: inout Int) {
        let frame = stack.removeLast()
        if HTMLElements.hidden.contains(frame.name) {
            hiding -= 1
            return
        }
        stack[stack.count - 1].items += element(frame)
    }

    /// What an element without content shows.
    static func voidElement(_ name: String, _ attributes: [String: String]) -> [Inline] {
        var result = HTMLElements.anchor(attributes).map { [$0] } ?? []
        switch name {
        case "br":
            result.append(.hardBreak)
        case "img":
            guard let source = attributes["src"] ?? attributes["data-src"], !source.isEmpty else { break }
            let alt = attributes["alt"].map { $0.isEmpty ? [] : [Inline.text($0)] } ?? []
            result.append(.image(source: source, title: attributes["title"], alt: alt))
        case "embed", "iframe", "video", "audio", "object":
            result += HTMLElements.mediaLine(name, source: HTMLElements.source(of: attributes)) ?? []
        default:
            break
        }
        return result
    }

    /// What a closed element shows: its content, styled as the tag says.
    private static func element(_ frame: Frame) -> [Inline] {
        let items = frame.items
        var result = HTMLElements.anchor(frame.attributes).map { [$0] } ?? []
        switch frame.name {
        case "b", "strong":
            result.append(.strong(items))
        case "i", "em", "cite", "dfn", "var":
            result.append(.emphasis(items))
        case "s", "strike", "del":
            result.append(.strikethrough(items))
        case "u", "ins":
            result.append(.styled(.underline, items))
        case "mark":
            result.append(.styled(.highlight, items))
        case "code", "kbd", "samp", "tt":
            result.append(.code(items.plainText))
        case "sup":
            result += script(items, .superscript)
        case "sub":
            result += script(items, .subscript)
        case "a":
            if let href = frame.attributes["href"], !href.isEmpty {
                result.append(.link(destination: href, title: frame.attributes["title"], content: items))
            } else {
                result += items
            }
        case "q":
            result += [.text("“")] + items + [.text("”")]
        case _ where HTMLElements.media.contains(frame.name):
            let source = HTMLElements.source(of: frame.attributes) ?? frame.mediaSource
            result += HTMLElements.mediaLine(frame.name, source: source) ?? []
        default:
            result += items
        }
        return result
    }

    /// `<sup>`/`<sub>` content: an in-page footnote link (`<sup>[1](#f1)</sup>`) becomes a `[1]`
    /// marker that jumps; plain text takes Unicode script characters when all have one, else
    /// `^(…)` / `_(…)`.
    private static func script(_ items: [Inline], _ position: ScriptText.Position) -> [Inline] {
        let links = items.filter { if case .link = $0 { return true } else { return false } }
        let others = items.filter {
            switch $0 {
            case .link, .anchor: return false
            case .text(let text): return !text.allSatisfy { $0.isWhitespace || $0 == "[" || $0 == "]" }
            default: return true
            }
        }
        if links.count == 1, others.isEmpty, case .link(let destination, let title, let content) = links[0] {
            let label = content.plainText.trimmingCharacters(in: ["[", "]", " "])
            let anchors = items.filter { if case .anchor = $0 { return true } else { return false } }
            return anchors + [.link(destination: destination, title: title, content: [.text("[\(label)]")])]
        }
        let isPlain = items.allSatisfy { if case .text = $0 { return true } else { return false } }
        if isPlain, let shifted = ScriptText.unicode(items.plainText, position) {
            return [.text(shifted)]
        }
        return [.text(ScriptText.fallbackOpening(position))] + items + [.text(")")]
    }

    /// Adjacent texts joined, so later passes see one run.
    static func merged(_ inlines: [Inline]) -> [Inline] {
        var result: [Inline] = []
        result.reserveCapacity(inlines.count)
        for inline in inlines {
            if case .text(let text) = inline, case .text(let previous)? = result.last {
                result[result.count - 1] = .text(previous + text)
            } else if case .text(let text) = inline, text.isEmpty {
                continue
            } else {
                result.append(inline)
            }
        }
        return result
    }
}

private extension String {
    func trimmingCharacters(in set: Set<Character>) -> String {
        var slice = Substring(self)
        while let first = slice.first, set.contains(first) { slice.removeFirst() }
        while let last = slice.last, set.contains(last) { slice.removeLast() }
        return String(slice)
    }
}
