/// A block of a Markdown document.
public indirect enum Block: Equatable, Sendable {
    case heading(level: Int, content: [Inline])
    case paragraph([Inline])
    case blockQuote([Block])
    case list(ListBlock)
    case codeBlock(CodeBlock)
    /// Raw HTML, kept as text: newsreader never interprets it.
    case htmlBlock(String)
    case table(Table)
    case thematicBreak
}
