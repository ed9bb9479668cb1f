/// Greedy line filling by display width, with the two kinsoku rules that matter most.
///
/// Interim engine until the typesetting issue brings ICU's UAX #14 breaks: breaks fall at spaces
/// and between wide (CJK) characters; Latin words and numbers stay whole unless wider than the
/// line; closing punctuation and footnote markers stick to what precedes them and opening
/// punctuation to what follows (clreq §3.1.7), so no line starts with `，` or ends with `（`.
public struct SimpleWrapper {
    public var width: Int

    public init(width: Int) {
        self.width = max(1, width)
    }

    /// An unbreakable piece of text and its width.
    private struct Atom {
        var spans: [StyledSpan] = []
        var width = 0
        var isSpace = false
        var isHardBreak = false
        var endsWithOpening = false
    }

    static let closingPunctuation: Set<Character> = Set("，。、；：？！）」』】》〉”’…—.,;:!?)]}%")
    static let openingPunctuation: Set<Character> = Set("（「『【《〈“‘([{")

    /// Lays `spans` out in lines; a span whose text is `"\n"` forces a line break.
    public func wrap(_ spans: [StyledSpan]) -> [StyledLine] {
        var lines: [StyledLine] = []
        var line = StyledLine(), lineWidth = 0
        var pendingSpace: Atom?
        func finishLine() {
            lines.append(line)
            line = StyledLine(); lineWidth = 0; pendingSpace = nil
        }
        for atom in atoms(of: spans) {
            if atom.isHardBreak { finishLine(); continue }
            if atom.isSpace {
                if lineWidth > 0 { pendingSpace = atom }
                continue
            }
            let spaceWidth = pendingSpace?.width ?? 0
            if lineWidth > 0, lineWidth + spaceWidth + atom.width > width {
                finishLine()
            }
            if let space = pendingSpace, lineWidth > 0 {
                space.spans.forEach { line.append($0) }
                lineWidth += space.width
            }
            pendingSpace = nil
            if atom.width > width {
                for piece in hardSplit(atom) {
                    if lineWidth + piece.width > width, lineWidth > 0 { finishLine() }
                    piece.spans.forEach { line.append($0) }
                    lineWidth += piece.width
                }
            } else {
                atom.spans.forEach { line.append($0) }
                lineWidth += atom.width
            }
        }
        if lineWidth > 0 || !line.spans.isEmpty || lines.isEmpty { lines.append(line) }
        return lines
    }

    // MARK: - Atoms

    private func atoms(of spans: [StyledSpan]) -> [Atom] {
        var atoms: [Atom] = []
        var word = Atom()
        func flushWord() {
            if !word.spans.isEmpty { atoms.append(word) }
            word = Atom()
        }
        func appendToLast(_ character: Character, style: TextStyle, width: Int) -> Bool {
            guard var last = atoms.last, !last.isSpace, !last.isHardBreak else { return false }
            last.spans.append(StyledSpan(String(character), style: style))
            last.width += width
            atoms[atoms.count - 1] = last
            return true
        }
        for span in spans {
            if span.text == "\n" {
                flushWord(); atoms.append(Atom(isHardBreak: true)); continue
            }
            for character in span.text {
                let width = DisplayWidth.of(character)
                if character == " " {
                    flushWord(); atoms.append(Atom(spans: [StyledSpan(" ", style: span.style)], width: 1, isSpace: true))
                    continue
                }
                let gluesBack = Self.closingPunctuation.contains(character) || span.style.contains(.marker)
                if gluesBack {
                    flushWord()
                    if appendToLast(character, style: span.style, width: width) { continue }
                }
                if width >= 2 || Self.openingPunctuation.contains(character) {
                    // Wide characters are atoms of their own, unless the previous atom ends with
                    // opening punctuation, which must not end a line.
                    flushWord()
                    if let last = atoms.last, last.endsWithOpening, appendToLast(character, style: span.style, width: width) {
                        atoms[atoms.count - 1].endsWithOpening = Self.openingPunctuation.contains(character)
                        continue
                    }
                    atoms.append(Atom(spans: [StyledSpan(String(character), style: span.style)], width: width,
                                      endsWithOpening: Self.openingPunctuation.contains(character)))
                    continue
                }
                if word.spans.isEmpty, let last = atoms.last, last.endsWithOpening,
                   appendToLast(character, style: span.style, width: width) {
                    atoms[atoms.count - 1].endsWithOpening = false
                    continue
                }
                word.spans.append(StyledSpan(String(character), style: span.style))
                word.width += width
            }
            flushWord()
        }
        flushWord()
        return atoms
    }

    /// Splits an atom wider than the line at character boundaries.
    private func hardSplit(_ atom: Atom) -> [Atom] {
        var pieces: [Atom] = []
        var current = Atom()
        for span in atom.spans {
            for character in span.text {
                let width = DisplayWidth.of(character)
                if current.width + width > self.width, current.width > 0 {
                    pieces.append(current); current = Atom()
                }
                current.spans.append(StyledSpan(String(character), style: span.style))
                current.width += width
            }
        }
        if current.width > 0 { pieces.append(current) }
        return pieces
    }
}
