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
        parse(text, simpleYAMLFirst: false)
    }

    /// - Parameter simpleYAMLFirst: try ``SimpleYAMLReader`` before Yams (the head pass of a first build).
    static func parse(_ text: String, simpleYAMLFirst: Bool) -> Result {
        parse(FrontMatterSplitter.split(text), simpleYAMLFirst: simpleYAMLFirst)
    }

    /// Reads a text already split (the head pass has split it to see whether the block closes).
    static func parse(_ split: FrontMatterSplitter.Split, simpleYAMLFirst: Bool) -> Result {
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
        var reading: FrontMatterReading
        switch block.format {
        case .yaml:
            reading = (simpleYAMLFirst ? SimpleYAMLReader.read(content, firstLine: block.contentFirstLine) : nil)
                ?? YAMLFrontMatterReader.read(content, firstLine: block.contentFirstLine)
        case .toml: reading = TOMLFrontMatterReader.read(content, firstLine: block.contentFirstLine)
        // The splitter only makes blocks it found a fence for; a fenceless block has nothing to read.
        case .none: reading = FrontMatterReading()
        }
        if reading.fields.isEmpty, let failure = reading.diagnostics.first(where: { $0.severity == .error }) {
            reading = salvage(content, block: block, failure: failure, otherDiagnostics: reading.diagnostics)
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

    /// The simple lines of a block the strict reader rejected (``FrontMatterSalvage``); the error
    /// becomes a warning on the same line saying what was recovered, or stays when nothing was.
    private static func salvage(_ content: String, block: FrontMatterSplitter.Block, failure: Diagnostic,
                                otherDiagnostics: [Diagnostic]) -> FrontMatterReading {
        let fields = FrontMatterSalvage.read(content, firstLine: block.contentFirstLine, format: block.format)
        guard !fields.isEmpty else { return FrontMatterReading(fields: [], diagnostics: otherDiagnostics) }
        let keys = fields.prefix(6).map { "'\($0.key)'" }.joined(separator: ", ") + (fields.count > 6 ? ", …" : "")
        let warning = Diagnostic(line: failure.line, severity: .warning,
                                 message: "\(failure.message); recovered \(keys) from its simple key: value lines")
        return FrontMatterReading(fields: fields, diagnostics: otherDiagnostics.map { $0 == failure ? warning : $0 })
    }
}
