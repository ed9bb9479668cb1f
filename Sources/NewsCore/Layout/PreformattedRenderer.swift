/// Draws code and raw HTML as written: never reflowed, spaces kept, tabs expanded; a line wider
/// than the screen is cut, and its continuation starts with a `↪` mark so it is not mistaken for
/// a line of its own.
struct PreformattedRenderer {
    var style: TextStyle
    /// Tab stops every four columns, as most code in articles is indented.
    var tabWidth = 4

    static let continuationMark = "↪"

    func render(_ text: String, in context: RenderContext, into output: inout RenderOutput) {
        let body = text.hasSuffix("\n") ? text.dropLast() : Substring(text)
        var context = context
        let base = output.offset
        var offset = 0  // characters of the block's text before the current piece
        for rawLine in body.split(separator: "\n", omittingEmptySubsequences: false) {
            let line = TerminalText.sanitize(expandingTabs(rawLine))
            var piece = "", pieceWidth = 0, pieceStart = offset, continued = false
            func flush() {
                var drawn = StyledLine(context.first)
                if continued { drawn.append(StyledSpan(Self.continuationMark, style: .dim)) }
                drawn.append(StyledSpan(piece, style: style))
                output.append(drawn, kind: .preformatted, offset: base + pieceStart, prefix: context.first)
                context = context.continuing
            }
            for character in line {
                let characterWidth = DisplayWidth.of(character)
                let room = context.firstTextWidth - (continued ? 1 : 0)
                if pieceWidth + characterWidth > room && pieceWidth > 0 {
                    flush()
                    // The mark needs a column of its own and one for the text after it.
                    continued = context.firstTextWidth >= 3
                    piece = ""; pieceWidth = 0; pieceStart = offset
                }
                piece.append(character)
                pieceWidth += characterWidth
                offset += 1
            }
            flush()
            offset += 1  // the line feed
        }
        output.offset = base + offset
    }

    /// Replaces each tab by the spaces up to the next tab stop (columns count display width).
    private func expandingTabs(_ line: Substring) -> String {
        guard line.contains("\t") else { return String(line) }
        var output = "", column = 0
        for character in line {
            if character == "\t" {
                let spaces = tabWidth - column % tabWidth
                output += String(repeating: " ", count: spaces)
                column += spaces
            } else {
                output.append(character)
                column += DisplayWidth.of(character)
            }
        }
        return output
    }
}
