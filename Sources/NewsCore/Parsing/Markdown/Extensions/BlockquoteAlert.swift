/// GitHub's alerts (`> [!NOTE]`, also Hugo's blockquote alerts and Obsidian's callouts, with
/// an optional title and `+`/`-` fold mark): the marker becomes a bold label line, `Note` or the
/// title written after it, instead of showing `[!NOTE]` as text.
enum BlockquoteAlert {
    static func label(_ blocks: [Block]) -> [Block] {
        blocks.map { block in
            switch block {
            case .blockQuote(let inner):
                return .blockQuote(labelled(label(inner)))
            case .list(var list):
                list.items = list.items.map(label)
                return .list(list)
            default:
                return block
            }
        }
    }

    /// The quote's blocks with an alert marker, if its first line is one, made a label.
    private static func labelled(_ blocks: [Block]) -> [Block] {
        guard case .paragraph(let inlines)? = blocks.first else { return blocks }
        let lineEnd = inlines.firstIndex { $0 == .softBreak || $0 == .hardBreak } ?? inlines.endIndex
        let firstLine = inlines[..<lineEnd]
        guard firstLine.allSatisfy({ if case .text = $0 { true } else { false } }) else { return blocks }
        let text = Array(firstLine).plainText
        guard let (kind, title) = marker(in: text) else { return blocks }
        // The label on a line of its own above the text that followed the marker.
        var rest = Array(inlines[min(lineEnd + 1, inlines.endIndex)...])
        var label = title.isEmpty ? kind : title
        if lineEnd == inlines.endIndex, !title.isEmpty {
            // No line break left to tell a title from the text (the parser joins lines between
            // Chinese characters): the type is the label, and all that follows it the text.
            label = kind
            rest = [.text(title)]
        }
        var paragraph: [Inline] = [.strong([.text(label)])]
        if !rest.isEmpty { paragraph += [.hardBreak] + rest }
        return [.paragraph(paragraph)] + blocks.dropFirst()
    }

    /// `[!TYPE]` at the start of `line` (letters only), with a fold mark and a title after it:
    /// the type as a word (`Note`) and the title.
    static func marker(in line: String) -> (kind: String, title: String)? {
        guard line.hasPrefix("[!"), let close = line.firstIndex(of: "]") else { return nil }
        let type = line[line.index(line.startIndex, offsetBy: 2)..<close]
        guard !type.isEmpty, type.count <= 20, type.allSatisfy({ $0.isASCII && $0.isLetter }) else { return nil }
        var title = line[line.index(after: close)...]
        if let fold = title.first, fold == "+" || fold == "-" { title = title.dropFirst() }
        return (type.prefix(1).uppercased() + type.dropFirst().lowercased(), title.trimmingCharacters(in: .whitespaces))
    }
}
