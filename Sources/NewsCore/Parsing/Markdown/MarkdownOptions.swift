/// How a library's Markdown is read, beyond CommonMark.
public struct MarkdownOptions: Equatable, Sendable {
    /// Single line endings in prose are line breaks (Hexo's `marked.breaks`, Hugo's
    /// `markup.goldmark.renderer.hardWraps`), so `作者=…` / `译者=…` credit lines stay apart.
    public var breaks: Bool

    public init(breaks: Bool = false) {
        self.breaks = breaks
    }
}
