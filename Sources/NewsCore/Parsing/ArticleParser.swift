import Foundation

/// Turns the bytes of one file into an ``Article``, never failing: what it cannot read becomes a
/// ``Problem`` on the article, and a file that is not text at all yields an article marked
/// unreadable (``Article/isReadable``), which the library reports but does not list.
///
/// What the front matter leaves out is filled in as a reader of the site would expect
/// (FORMAT.md, "Front matter"), each fallback said in a warning that `check` groups by habit.
public enum ArticleParser {
    /// The warnings of the fallbacks, the same text for every file so `check` can group them.
    public enum FallbackWarning {
        public static let titleFromHeading = "no title in front matter; the first heading is the title"
        public static let titleFromFileName = "no title in front matter or heading; the file name is the title"
        public static let dateFromFileName = "no date in front matter; using the date in the file name"
        public static let dateFromModificationTime = "no date in front matter or file name; using the file's modification day"
    }

    /// - Parameters:
    ///   - data: the file's bytes.
    ///   - path: the path shown to the user, relative to the library root.
    ///   - id: the article id (FORMAT.md, "Library layout").
    ///   - modificationDate: the file's mtime, the date of last resort.
    ///   - parsingCitations: false leaves ``Article/citations`` empty, for callers that need only
    ///     the summary, the problems and the text (the index: about 7% of a parse, by `perf`).
    ///   - options: how the library's Markdown is read (`breaks`).
    ///   - taxonomies: the site's taxonomies besides tags and topics (see ``SiteConfigReader``).
    public static func parse(data: Data, path: String, id: ArticleID, modificationDate: Date,
                             parsingCitations: Bool = true, options: MarkdownOptions = MarkdownOptions(),
                             taxonomies: SiteTaxonomies = .default) -> Article {
        let fallbackTitle = fileTitle(id: id)
        let decoded: TextDecoding.Decoded
        switch TextDecoding.decode(data) {
        case .success(let success):
            decoded = success
        case .failure(let failure):
            let problem = Problem(path: path, line: failure.line, severity: .error, message: failure.message)
            var article = Article(
                id: id, path: path, frontMatter: FrontMatter(), document: Document(), citations: [],
                problems: [problem], title: fallbackTitle, date: modificationDay(modificationDate), fileSize: data.count)
            article.isReadable = false
            return article
        }

        let split = FrontMatterParser.parse(decoded.text)
        var document = ArticleBodyParser.parse(split.body, options: options)
        var problems = split.diagnostics.map { problem(from: $0, path: path, lineOffset: 0) }
        problems += document.diagnostics.map { problem(from: $0, path: path, lineOffset: split.bodyStartLine - 1) }
        if let warning = decoded.warning { problems.append(Problem(path: path, severity: .warning, message: warning)) }

        let title = takeTitle(frontMatter: split.frontMatter, document: &document, fileTitle: fallbackTitle)
        let date = date(frontMatter: split.frontMatter, id: id, modificationDate: modificationDate)
        for warning in [title.warning, date.warning].compactMap({ $0 }) {
            problems.append(Problem(path: path, line: nil, severity: .warning, message: warning))
        }

        var article = Article(
            id: id, path: path, frontMatter: split.frontMatter, document: document,
            citations: parsingCitations ? document.footnotes.map(CitationParser.citation(from:)) : [],
            problems: problems.sorted { ($0.line ?? 0) < ($1.line ?? 0) },
            title: title.text, date: date.value, fileSize: data.count)
        article.titleSource = title.source
        article.dateSource = date.source
        article.summary = SummaryExtractor.summary(body: split.body, document: document, frontMatter: split.frontMatter)
        article.terms = taxonomies.terms(of: split.frontMatter)
        return article
    }

    /// The body alone, read as ``parse(data:path:id:modificationDate:parsingCitations:options:taxonomies:)``
    /// reads it, the front matter skipped unread: for a caller that knows the rest already (search
    /// snippets, from the index). Nil when the bytes are not text. `checkingInPageLinks`: see
    /// ``ArticleBodyParser/parse(_:options:checkingInPageLinks:)``.
    public static func parseBody(data: Data, options: MarkdownOptions = MarkdownOptions(),
                                 checkingInPageLinks: Bool = true) -> Document? {
        guard case .success(let decoded) = TextDecoding.decode(data) else { return nil }
        return ArticleBodyParser.parse(String(FrontMatterSplitter.split(decoded.text).body), options: options,
                                       checkingInPageLinks: checkingInPageLinks)
    }

    // MARK: - Fallbacks

    /// Front matter `title`, else the H1 that opens the body, else the file name. The H1 taken as
    /// the title (or repeating it) leaves the document, so the reader does not show it twice.
    private static func takeTitle(frontMatter: FrontMatter, document: inout Document, fileTitle: String)
        -> (text: String, source: Article.TitleSource, warning: String?) {
        let written = frontMatter.title.map { String($0.trimmedWhitespace) }.flatMap { $0.isEmpty ? nil : $0 }
        let opening = openingHeading(of: document)
        if let written {
            if let opening, opening.text == written { document.blocks.remove(at: opening.index) }
            return (written, .frontMatter, nil)
        }
        if let opening {
            document.blocks.remove(at: opening.index)
            return (opening.text, .heading, FallbackWarning.titleFromHeading)
        }
        return (fileTitle, .fileName, FallbackWarning.titleFromFileName)
    }

    /// The level-1 heading that opens the body (only raw HTML, such as comments, may precede it).
    private static func openingHeading(of document: Document) -> (index: Int, text: String)? {
        for (index, block) in document.blocks.enumerated() {
            switch block {
            case .htmlBlock: continue
            case .heading(1, let content):
                let text = String(content.plainText.trimmedWhitespace)
                return text.isEmpty ? nil : (index, text)
            default: return nil
            }
        }
        return nil
    }

    static func date(frontMatter: FrontMatter, id: ArticleID, modificationDate: Date)
        -> (value: ArticleDate, source: Article.DateSource, warning: String?) {
        if let date = frontMatter.date { return (date, .frontMatter, nil) }
        if let date = frontMatter.publishDate { return (date, .publishDate, nil) }
        if let date = FileNameDate.parse(fileTitle(id: id)) {
            return (date, .fileName, FallbackWarning.dateFromFileName)
        }
        return (modificationDay(modificationDate), .modificationTime, FallbackWarning.dateFromModificationTime)
    }

    /// The day of the file's modification time, in the local time zone. Only the day: a file's
    /// mtime says when it was copied more often than when it was written, and files copied
    /// together (a cloned newsletter) then share a date and list by their names, newest issue first.
    private static func modificationDay(_ modificationDate: Date) -> ArticleDate {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone.current
        let midnight = calendar.startOfDay(for: modificationDate)
        return ArticleDate(instant: midnight, utcOffsetSeconds: TimeZone.current.secondsFromGMT(for: midnight),
                           isDateOnly: true)
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
