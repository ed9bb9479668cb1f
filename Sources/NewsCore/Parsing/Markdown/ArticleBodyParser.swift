/// Reads an article's body as a site generator shows it: shortcodes expanded
/// (``ShortcodeExpander``), then CommonMark + GFM (``MarkdownParser``), then the raw HTML read
/// as a browser shows it (``HTMLBlockLowering``), comments gone.
///
/// ``MarkdownParser`` alone stays a plain CommonMark parser (the spec tests check it).
public enum ArticleBodyParser {
    /// - Parameter checkingInPageLinks: false leaves out the warnings about links to `#id`s the
    ///   article lacks (finding them walks every inline), for a caller that shows no problems
    ///   (search snippets); the blocks and footnotes are the same.
    public static func parse(_ text: String, options: MarkdownOptions = MarkdownOptions(),
                             checkingInPageLinks: Bool = true) -> Document {
        let expansion = ShortcodeExpander.expand(text)
        var document = MarkdownParser.parse(expansion.text, hardBreaks: options.breaks)
        var notes = HTMLNotes()
        let lowered = HTMLBlockLowering.lower(document.blocks, notes: &notes)
        document.blocks = EmojiShortcodes.replace(BlockquoteAlert.label(BareURLLinker.link(lowered.blocks)))
        document.summaryBlockCount = lowered.summaryBlockCount
        for index in document.footnotes.indices {
            document.footnotes[index].blocks = EmojiShortcodes.replace(BareURLLinker.link(HTMLBlockLowering.lower(document.footnotes[index].blocks, notes: &notes).blocks))
            document.footnotes[index].line = expansion.originalLine(document.footnotes[index].line)
        }
        for index in document.diagnostics.indices {
            document.diagnostics[index].line = document.diagnostics[index].line.map(expansion.originalLine)
        }
        document.diagnostics += expansion.diagnostics
        if checkingInPageLinks { document.diagnostics += InPageLinkCheck.diagnostics(for: document.blocks) }
        if notes.sawUnterminatedComment, !expansion.diagnostics.contains(where: { $0.message.contains("<!--") }) {
            document.diagnostics.append(Diagnostic(line: nil, severity: .warning,
                                                   message: "unterminated HTML comment `<!--` hides the rest of its block"))
        }
        return document
    }
}
