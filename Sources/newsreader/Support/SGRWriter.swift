import NewsCore

/// Turns styled lines into text with SGR attributes, and nothing else: no cursor movement, no
/// OSC, no other escape.
///
/// The renderer has already made the text safe (`TerminalText`); this is the last step before
/// standard output, so it applies the same policy once more rather than trust every span to have
/// come through the renderer (a clean span costs one scan).
enum SGRWriter {
    /// The line's text, each styled span wrapped in its attributes and a reset; the column
    /// ranges in `links` also become OSC 8 hyperlinks (``TerminalEscapes``), a span split where
    /// a range starts or ends.
    static func line(_ line: StyledLine, styled: Bool, links: [HyperlinkTargets.Target] = []) -> String {
        guard styled || !links.isEmpty else { return TerminalText.sanitize(line.text) }
        var output = "", column = 0
        for span in line.spans {
            let codes = styled ? sgrCodes(for: span.style) : []
            // Pieces of the span, each inside one link or outside all of them.
            var piece = "", pieceLink: String?
            func flush() {
                guard !piece.isEmpty else { return }
                var text = codes.isEmpty ? piece : "\u{1B}[\(codes.joined(separator: ";"))m\(piece)\u{1B}[0m"
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

    /// Bold for strong text and headings, italic for emphasis, underline for links, dim for
    /// URLs and decoration, cyan for footnote markers (a distinct style that survives `dim`).
    static func sgrCodes(for style: TextStyle) -> [String] {
        var codes: [String] = []
        if style.contains(.bold) { codes.append("1") }
        if style.contains(.dim) { codes.append("2") }
        if style.contains(.italic) { codes.append("3") }
        if style.contains(.underline) || style.contains(.link) { codes.append("4") }
        if style.contains(.strikethrough) { codes.append("9") }
        if style.contains(.marker) { codes.append("36") }
        if style.contains(.code) { codes.append("33") }
        if style.contains(.heading) { codes.append("34") }
        return codes
    }
}
