/// Turns the parser's linked node list into ``Inline`` values, merging adjacent text.
///
/// It walks the tree with an explicit stack, never recursing, so input depth cannot overflow the
/// call stack. Containers nested deeper than ``maximumDepth`` (only absurd input gets there) are
/// flattened into their parent, which also keeps the resulting values shallow enough to compare
/// and free without deep recursion.
struct InlineTreeBuilder {
    static let maximumDepth = 128

    let list: InlineNodeList
    let bytes: [UInt8]

    /// One open container: its node (-1 for the root), the finished children, pending text.
    private struct Frame {
        var container: Int
        var flattened: Bool
        var cursor: Int
        var items: [Inline] = []
        var text: [UInt8] = []

        mutating func flushText() {
            guard !text.isEmpty else { return }
            items.append(.text(String(decoding: text, as: UTF8.self)))
            text.removeAll(keepingCapacity: true)
        }
    }

    /// The inlines of the whole top-level list.
    func build() -> [Inline] {
        var stack = [Frame(container: -1, flattened: false, cursor: list.head)]
        while true {
            let top = stack.count - 1
            let current = stack[top].cursor
            guard current >= 0 else {
                var finished = stack.removeLast()
                finished.flushText()
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
                stack[top].text.append(contentsOf: bytes[node.start..<node.end])
            case .decoded:
                stack[top].text.append(contentsOf: list.strings[node.payload].utf8)
            case .emphasis, .strong, .strikethrough, .link, .image:
                stack[top].flushText()
                stack.append(Frame(container: current, flattened: stack.count > Self.maximumDepth, cursor: node.firstChild))
            default:
                stack[top].flushText()
                stack[top].items.append(leaf(node))
            }
        }
    }

    private func leaf(_ node: InlineNodeList.Node) -> Inline {
        switch node.kind {
        case .softBreak: return .softBreak
        case .hardBreak: return .hardBreak
        case .code: return .code(list.strings[node.payload])
        case .footnoteReference: return .footnoteReference(label: list.strings[node.payload])
        case .html: return .html(String(decoding: bytes[node.start..<node.end], as: UTF8.self))
        case .autolink:
            return .autolink(destination: list.strings[node.payload],
                             text: MarkdownText.decodingReferences(bytes, from: node.start, to: node.end))
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
