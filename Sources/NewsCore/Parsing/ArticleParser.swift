import Foundation

/// Turns the bytes of one file into an ``Article``, never failing: what it cannot read becomes a
/// ``Problem`` on the article, and a file that is not text at all yields an article marked
/// unreadable (``Article/isReadable``), which the library reports but does not list.
public enum ArticleParser {
    /// - Parameters:
    ///   - data: the file's bytes.
    ///   - path: the path shown to the user, relative to the library root.
    ///   - id: the article id (FORMAT.md, "Library layout").
    ///   - modificationDate: the file's mtime, the date of last resort.
    ///   - parsingCitations: false leaves ``Article/citations`` empty, for callers that need only
    ///     the summary, the problems and the text (the index: about 7% of a parse, by `perf`).
    ///   - options: how the library's Markdown is read (`breaks`).
    public static func parse(data: Data, path: String, id: ArticleID, modificationDate: Date,
                             parsingCitations: Bool = true, options: MarkdownOptions = MarkdownOptions()) -> Article {
        let fallbackDate = ArticleDate(
            instant: modificationDate,
            utcOffsetSeconds: TimeZone.current.secondsFromGMT(for: modificationDate))
        let fallbackTitle = fileTitle(id: id)
        let text: String
        switch TextDecoding.decode(data) {
        case .success(let decoded):
            text = decoded
        case .failure(let failure):
            let problem = Problem(path: path, line: failure.line, severity: .error, message: failure.message)
            var article = Article(
                id: id, path: path, frontMatter: FrontMatter(), document: Document(), citations: [],
                problems: [problem], title: fallbackTitle, date: fallbackDate, fileSize: data.count)
            article.isReadable = false
            return article
        }

        let split = FrontMatterParser.parse(text)
        let document = ArticleBodyParser.parse(split.body, options: options)
        var problems = split.diagnostics.map { problem(from: $0, path: path, lineOffset: 0) }
        problems += document.diagnostics.map { problem(from: $0, path: path, lineOffset: split.bodyStartLine - 1) }

        let date: ArticleDate
        if let written = split.frontMatter.date {
            date = written
        } else {
            date = fallbackDate
            problems.append(Problem(
                path: path, line: nil, severity: .warning,
                message: "no valid date in front matter; using the file's modification time"))
        }

        return Article(
            id: id, path: path, frontMatter: split.frontMatter, document: document,
            citations: parsingCitations ? document.footnotes.map(CitationParser.citation(from:)) : [],
            problems: problems.sorted { ($0.line ?? 0) < ($1.line ?? 0) },
            title: title(frontMatter: split.frontMatter, document: document) ?? fallbackTitle,
            date: date, fileSize: data.count)
    }

    // MARK: - Fallbacks

    /// Front matter `title`, else the text of the first heading (FORMAT.md, "Front matter").
    private static func title(frontMatter: FrontMatter, document: Document) -> String? {
        if let title = frontMatter.title.map({ String($0.trimmedWhitespace) }), !title.isEmpty {
            return title
        }
        for block in document.blocks {
            if case .heading(_, let content) = block {
                let text = String(content.plainText.trimmedWhitespace)
                if !text.isEmpty { return text }
            }
        }
        return nil
    }

    /// The file name without extension (the bundle folder's name for `index.md`).
    private static func fileTitle(id: ArticleID) -> String {
        id.rawValue.split(separator: "/").last.map(String.init) ?? id.rawValue
    }

    private static func problem(from diagnostic: Diagnostic, path: String, lineOffset: Int) -> Problem {
        Problem(path: path, line: diagnostic.line.map { $0 + lineOffset },
                severity: diagnostic.severity, message: diagnostic.message)
    }
}
