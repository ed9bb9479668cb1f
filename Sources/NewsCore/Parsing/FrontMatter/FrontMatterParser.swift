import Foundation

/// Splits a file's text into front matter and Markdown body, and reads the front matter.
///
/// Never throws: broken front matter becomes diagnostics (errors for what could not be read,
/// warnings for fields that were ignored), and the body is always returned.
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
        let split = FrontMatterSplitter.split(text)
        guard let block = split.block else {
            return Result(frontMatter: FrontMatter(), body: String(split.body), bodyStartLine: split.bodyStartLine)
        }
        guard block.isClosed else {
            let fence = fence(of: block.format)
            let problem = Diagnostic(line: block.openerLine, severity: .error,
                                     message: "front matter opened with '\(fence)' on line \(block.openerLine) is never closed")
            return Result(frontMatter: FrontMatter(format: block.format), body: String(split.body),
                          bodyStartLine: split.bodyStartLine, diagnostics: [problem])
        }
        let content = String(block.content)
        let reading: FrontMatterReading
        switch block.format {
        case .yaml: reading = YAMLFrontMatterReader.read(content, firstLine: block.contentFirstLine)
        case .toml: reading = TOMLFrontMatterReader.read(content, firstLine: block.contentFirstLine)
        // The splitter only makes blocks it found a fence for; a fenceless block has nothing to read.
        case .none: reading = FrontMatterReading()
        }
        let fields = FrontMatterFields.interpret(reading.fields, format: block.format)
        return Result(frontMatter: fields.frontMatter, body: String(split.body), bodyStartLine: split.bodyStartLine,
                      diagnostics: reading.diagnostics + fields.diagnostics)
    }

    /// The line that opens and closes a block of `format`, as messages quote it.
    private static func fence(of format: FrontMatter.Format) -> String {
        switch format {
        case .yaml: "---"
        case .toml: "+++"
        case .none: ""
        }
    }
}
