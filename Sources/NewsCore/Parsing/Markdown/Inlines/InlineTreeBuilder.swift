/// Turns the parser's linked node list into ``Inline`` values, merging adjacent text.
///
/// It walks the tree with an explicit stack, never recursing, so input depth cannot overflow the
/// call stack. Containers nested deeper than ``maximumDepth`` (only absurd input gets there) are
/// flattened into their parent, which also keeps the resulting values shallow enough to compare
/// and free without deep recursion.
struct InlineTreeBuilder {
    static let maximumDepth = 128

    let list: InlineNodeList
    let source: SourceText

    /// Text waiting to become one ``Inline/text(_:)``: while it is a single stretch of the source,
    /// only its range is kept, so the `String` is cut from the source without re-validating UTF-8.
    private enum PendingText {
        case none
        case range(Range<Int>)
        case bytes([UInt8])
    }

    /// One open container: its node (-1 for the root), the finished children, pending text.
    private struct Frame {
        var container: Int
        var flattened: Bool
        var cursor: Int
        var items: [Inline] = []
        var text = PendingText.none

        mutating func appendText(_ range: Range<Int>, from source: SourceText) {
            switch text {
            case .none:
                text = .range(range)
            case .range(let pending) where pending.upperBound == range.lowerBound:
                text = .range(pending.lowerBound..<range.upperBound)
            case .range(let pending):
                text = .bytes(Array(source.bytes[pending]) + source.bytes[range])
            case .bytes(var buffer):
                text = .none
                buffer.append(contentsOf: source.bytes[range])
                text = .bytes(buffer)
            }
        }

        mutating func appendText(_ string: String, from source: SourceText) {
            switch text {
            case .none:
                text = .bytes(Array(string.utf8))
            case .range(let pending):
                text = .bytes(Array(source.bytes[pending]) + string.utf8)
            case .bytes(var buffer):
                text = .none
                buffer.append(contentsOf: string.utf8)
                text = .bytes(buffer)
            }
        }

        mutating func flushText(from source: SourceText) {
            switch text {
            case .none: return
            case .range(let range): items.append(.text(source.string(range)))
            case .bytes(let buffer): items.append(.text(String(decoding: buffer, as: UTF8.self)))
            }
            text = .none
        }
    }

    /// The inlines of the whole top-level list.
    func build() -> [Inline] {
        var stack = [frame(container: -1, flattened: false, firstChild: list.head)]
        while true {
            let top = stack.count - 1
            let current = stack[top].cursor
            guard current >= 0 else {
                var finished = stack.removeLast()
                finished.flushText(from: source)
                if stack.isEmpty { return finished.items }
                if finished.flattened {
                    stack[top - 1].items.append(contentsOf: finished.items)
                } else {
                    stack[top - 1].items.append(container(finished.container, finished.items))
                }
                continue
            }
            let node = list[current]
            stack[top].cursor = node.next
            switch node.kind {
            case .text:
                stack[top].appendText(node.start..<node.end, from: source)
            case .decoded:
                stack[top].appendText(list.strings[node.payload], from: source)
            case .emphasis, .strong, .strikethrough, .link, .image:
                stack[top].flushText(from: source)
                stack.append(frame(container: current, flattened: stack.count > Self.maximumDepth, firstChild: node.firstChild))
            default:
                stack[top].flushText(from: source)
                stack[top].items.append(leaf(node))
            }
        }
    }

    /// A frame whose `items` have room for one inline per child node (merged text takes fewer):
    /// appending to an empty array grew it several times per paragraph.
    private func frame(container: Int, flattened: Bool, firstChild: Int) -> Frame {
        var frame = Frame(container: container, flattened: flattened, cursor: firstChild)
        var count = 0
        var child = firstChild
        while child >= 0 {
            count += 1
            child = list[child].next
        }
        frame.items.reserveCapacity(count)
        return frame
    }

    private func leaf(_ node: InlineNodeList.Node) -> Inline {
        switch node.kind {
        case .softBreak: return .softBreak
        case .hardBreak: return .hardBreak
        case .code: return .code(list.strings[node.payload])
        case .footnoteReference: return .footnoteReference(label: list.strings[node.payload])
        case .html: return .html(source.string(node.start..<node.end))
        case .autolink:
            return .autolink(destination: list.strings[node.payload],
                             text: MarkdownText.decodingReferences(source.bytes, from: node.start, to: node.end))
        default: return .text("")
        }
    }

    private func container(_ index: Int, _ children: [Inline]) -> Inline {
        let node = list[index]
        switch node.kind {
        case .emphasis: return .emphasis(children)
        case .strong: return .strong(children)
        case .strikethrough: return .strikethrough(children)
        case .link:
            let link = list.links[node.payload]
            return .link(destination: link.destination, title: link.title, content: children)
        default:
            let link = list.links[node.payload]
            return .image(source: link.destination, title: link.title, alt: children)
        }
    }
}

/// The text being parsed, as a `String` (or a slice of one) and as its UTF-8 bytes.
struct SourceText {
    let string: Substring
    let bytes: [UInt8]

    /// The source bytes `range` (on scalar boundaries) as a `String`, copied without validation.
    func string(_ range: Range<Int>) -> String {
        let utf8 = string.utf8
        let start = utf8.index(utf8.startIndex, offsetBy: range.lowerBound)
        let end = utf8.index(start, offsetBy: range.count)
        return String(string[start..<end])
    }
}
