import NewsCore
import NewsUI
import TerminalSeam

/// Turns styled lines into text with SGR attributes, and nothing else: no cursor movement, no
/// OSC, no other escape.
///
/// Each span looks as the reader draws it: the same ``Theme`` (the configuration's `theme`, with
/// the user's `[theme]` styles) gives its attributes and colours.
///
/// The renderer has already made the text safe (`TerminalText`); this is the last step before
/// standard output, so it applies the same policy once more rather than trust every span to have
/// come through the renderer (a clean span costs one scan).
enum SGRWriter {
    /// The line's text, each styled span wrapped in its attributes and a reset; the column
    /// ranges in `links` also become OSC 8 hyperlinks (``TerminalEscapes``), a span split where
    /// a range starts or ends.
    ///
    /// - Parameter theme: the look of styled spans; nil writes text only.
    static func line(_ line: StyledLine, theme: Theme?, links: [HyperlinkTargets.Target] = []) -> String {
        guard theme != nil || !links.isEmpty else { return TerminalText.sanitize(line.text) }
        var output = "", column = 0
        for span in line.spans {
            let codes = theme.map { sgrCodes(for: span.style, theme: $0) } ?? []
            // Pieces of the span, each inside one link or outside all of them.
            var piece = "", pieceLink: String?
            func flush() {
                guard !piece.isEmpty else { return }
                var text = Painter.wrap(piece, in: codes)
                if let url = pieceLink, let linked = TerminalEscapes.hyperlink(text, url: url) { text = linked }
                output += text
                piece = ""
            }
            for character in TerminalText.sanitize(span.text) {
                let link = links.first { $0.columns.contains(column) }?.url
                if link != pieceLink { flush(); pieceLink = link }
                piece.append(character)
                column += DisplayWidth.of(character)
            }
            flush()
        }
        return output
    }

    /// The span's look in `theme`, as the reader shows it on a 256-colour terminal, plus
    /// strikethrough, which curses cannot draw but a printed line can.
    static func sgrCodes(for style: TextStyle, theme: Theme) -> [String] {
        var codes = theme.appearance(for: CellStyle(rendered: style), depth: .full).sgrParameters
        // After the attributes (one digit each), before the colours.
        if style.contains(.strikethrough) { codes.insert("9", at: codes.prefix { $0.count == 1 }.count) }
        return codes
    }
}
