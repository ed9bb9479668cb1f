/// Splits a file's text into front matter and Markdown body, and reads the front matter.
///
/// STUB: the front matter parser replaces this.
public enum FrontMatterParser {
    public struct Result: Equatable, Sendable {
        public var frontMatter: FrontMatter
        /// The Markdown after the front matter block.
        public var body: String
        /// 1-based line of the file on which `body` starts.
        public var bodyStartLine: Int
        /// Problems with the front matter; lines are 1-based lines of the whole file.
        public var diagnostics: [Diagnostic]

        public init(frontMatter: FrontMatter, body: String, bodyStartLine: Int, diagnostics: [Diagnostic] = []) {
            self.frontMatter = frontMatter
            self.body = body
            self.bodyStartLine = bodyStartLine
            self.diagnostics = diagnostics
        }
    }

    /// - Parameter text: the whole file, already decoded, BOM removed, line endings normalized to `\n`.
    public static func parse(_ text: String) -> Result {
        Result(frontMatter: FrontMatter(), body: text, bodyStartLine: 1)
    }
}
