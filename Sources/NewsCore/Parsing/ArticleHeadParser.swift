import Foundation

/// Reads what a list shows of an article from the head of its file alone: the front matter, and
/// the title and date with their fallbacks — when the head decides them.
///
/// Why: a first build of a large library shows its list once every file's row exists; reading and
/// parsing whole bodies first made that wait seven times longer than reading the heads. The body
/// (summary, citations, reading time, the text for search) is parsed afterwards, in the background.
///
/// A head decides the row only when the file is UTF-8 (no encoding warning), its front matter is
/// closed within the head, and that front matter names a title (a title taken from the body's first
/// heading needs the body). Otherwise the caller parses the whole file.
public enum ArticleHeadParser {
    /// What a head gave.
    public enum Outcome {
        /// The row is decided: an article with an empty document and no summary.
        case decided(Article)
        /// The front matter opens but does not close within the head: a longer head may decide.
        case unclosed
        /// Only the whole file decides (not UTF-8, no front matter, no title in it).
        case undecided
    }

    /// - Parameters:
    ///   - head: the first bytes of the file, cut at the end of a line.
    ///   - fileSize: the size of the whole file.
    ///   - path, id, modificationDate, taxonomies: as for ``ArticleParser``.
    public static func parse(head: Data, path: String, id: ArticleID, modificationDate: Date,
                             fileSize: Int, taxonomies: SiteTaxonomies = .default) -> Outcome {
        guard case .success(let decoded) = TextDecoding.decode(throughFrontMatter(head)), decoded.encoding == .utf8 else {
            return .undecided
        }
        let split = FrontMatterSplitter.split(decoded.text)
        guard let block = split.block else { return .undecided }
        guard block.isClosed else { return .unclosed }
        let reading = FrontMatterParser.parse(split, simpleYAMLFirst: true)
        guard let title = reading.frontMatter.title.map({ String($0.trimmedWhitespace) }), !title.isEmpty else {
            return .undecided
        }
        let date = ArticleParser.date(frontMatter: reading.frontMatter, id: id, modificationDate: modificationDate)
        var problems = reading.diagnostics.map {
            Problem(path: path, line: $0.line, severity: $0.severity, message: $0.message)
        }
        if let warning = date.warning { problems.append(Problem(path: path, line: nil, severity: .warning, message: warning)) }
        var article = Article(id: id, path: path, frontMatter: reading.frontMatter, document: Document(), citations: [],
                              problems: problems.sorted { ($0.line ?? 0) < ($1.line ?? 0) },
                              title: title, date: date.value, fileSize: fileSize)
        article.titleSource = .frontMatter
        article.dateSource = date.source
        article.terms = taxonomies.terms(of: reading.frontMatter)
        return .decided(article)
    }

    /// The head up to the end of the first line after its first one that starts like a fence
    /// (`---` or `+++`), where the front matter ends; all of it when there is none. Decoding and
    /// splitting only that much is most of the saving on long heads. A cut at a line that is not
    /// the splitter's closing fence leaves the block unclosed, so the whole file decides instead.
    static func throughFrontMatter(_ head: Data) -> Data {
        head.withUnsafeBytes { raw -> Data in
            let bytes = raw.bindMemory(to: UInt8.self)
            var lineStart = 0
            var seenContent = false
            while lineStart < bytes.count {
                let lineEnd = ByteSearch.firstOffset(of: UInt8(ascii: "\n"), in: UnsafeBufferPointer(rebasing: bytes[lineStart...]))
                    .map { lineStart + $0 + 1 } ?? bytes.count
                let line = bytes[lineStart..<lineEnd]
                let isBlank = line.allSatisfy { $0 == UInt8(ascii: " ") || $0 == UInt8(ascii: "\t") || $0 == UInt8(ascii: "\n") || $0 == UInt8(ascii: "\r") }
                if seenContent, line.starts(with: "---".utf8) || line.starts(with: "+++".utf8) {
                    return Data(bytes[..<lineEnd])
                }
                if !isBlank { seenContent = true }
                lineStart = lineEnd
            }
            return Data(bytes)
        }
    }
}
