import Foundation
import GRDB
import NewsCore
import NewsReading

/// What the index keeps of one article file: its identity on disk, its summary, its problems and
/// the plain text of its body. Made by parsing the file once; the `Document` itself is dropped.
struct IndexRecord: Sendable {
    var path: String
    var size: Int
    var modificationNanoseconds: Int64
    var status: IndexSchema.FileStatus
    var summary: ArticleSummary
    var problems: [Problem]
    /// The body as plain text, for search (empty unless readable).
    var body: String
    /// `body` as stored in `pending_text` (converted here, on a parsing thread, not by the writer).
    var storedBody: Data
    /// True when only the head of the file was read: the row lists the article, and the body pass
    /// (``BodyPass``) fills in what needs the body (summary, outlets, length, problems, text).
    var bodyPending = false
    /// The front matter's other addresses for the article (``SiteLinks``), joined.
    var siteLinks = ""

    /// How much of a file the head pass reads: 4 KB holds almost every front matter; a block still
    /// open there gets one longer try before the whole file is parsed.
    static let headLimits = [4096, 65536]

    /// Reads only the head of `file` when that decides its row (see ``ArticleHeadParser``), else
    /// reads and parses it whole (no front matter, a title taken from the body, a failed read).
    /// `descriptor`: the file already open (``HeadPrefetch``), read and closed here.
    init(readingHeadOf file: ArticleFile, descriptor: Int32? = nil, taxonomies: SiteTaxonomies) {
        var descriptor = descriptor
        defer { if let descriptor { close(descriptor) } }
        // A file over the size limit is never listed: the whole-file path reports it at once.
        // A short file read whole is still listed from its front matter: its body waits like any other.
        for limit in Self.headLimits where file.size <= FileReader.maximumSize {
            let read = descriptor.map { FileReader.readHead(descriptor: $0, limit: limit) }
                ?? FileReader.readHead(path: file.absolutePath, limit: limit)
            descriptor = nil
            guard case .success(let head) = read else { break }
            switch ArticleHeadParser.parse(head: head.data, path: file.relativePath, id: file.id,
                                           modificationDate: file.modificationDate, fileSize: file.size, taxonomies: taxonomies) {
            case .decided(let article):
                self.init(file: file, head: article)
                return
            case .unclosed where !head.isWholeFile: continue
            case .unclosed, .undecided: break
            }
            break
        }
        self.init(parsing: file, taxonomies: taxonomies)
    }

    /// The row of a file whose head was read: listed, its body still to parse.
    private init(file: ArticleFile, head article: Article) {
        path = file.relativePath
        size = file.size
        modificationNanoseconds = file.modificationNanoseconds
        status = .readable
        summary = ArticleSummary(article)
        problems = article.problems
        body = ""
        storedBody = Data()
        bodyPending = true
        siteLinks = SiteLinks.encode(article.frontMatter)
    }

    /// Reads and parses `file`, keeping only what the index stores.
    init(parsing file: ArticleFile, taxonomies: SiteTaxonomies) {
        path = file.relativePath
        size = file.size
        modificationNanoseconds = file.modificationNanoseconds
        let reading = file.read(taxonomies: taxonomies)
        let article = reading.article
        switch reading.failure {
        case nil: status = article.isReadable ? .readable : .unreadable
        case .tooLarge(let size) where size == file.size: status = .unreadable
        case .some: status = .readFailed
        }
        // With citations parsed: the summary keeps the outlets they name (issue #17).
        summary = ArticleSummary(reading: article)
        problems = article.problems
        body = article.isReadable ? PlainText.of(article.document) : ""
        storedBody = IndexSchema.utf16Bytes(body)
        siteLinks = SiteLinks.encode(article.frontMatter)
    }

    /// The values of an `article` row, in ``IndexRecord/articleColumns`` order.
    var articleValues: StatementArguments {
        [path, size, modificationNanoseconds, status.rawValue, summary.id.rawValue, summary.title,
         summary.date.instant.timeIntervalSince1970, summary.date.utcOffsetSeconds, summary.date.isDateOnly,
         summary.isDraft, summary.summary, IndexRecord.joined(summary.tags), IndexRecord.joined(summary.topics),
         TermsCodec.encode(summary.terms), summary.footnoteCount, ProblemCodec.encode(problems),
         IndexRecord.joined(summary.outlets), summary.readingMinutes, summary.characters, summary.bodyBlocks, bodyPending, siteLinks]
    }

    static let articleColumns = "path, size, mtime, status, article_id, title, instant, utc_offset, date_only, draft, summary, tags, topics, terms, footnotes, problems, outlets, minutes, characters, blocks, body_pending, site_links"

    /// `?, ?, …`: one placeholder per column of ``articleColumns``.
    static let articlePlaceholders = Array(repeating: "?", count: articleColumns.split(separator: ",").count).joined(separator: ", ")

    static func joined(_ list: [String]) -> String {
        list.joined(separator: String(IndexSchema.listSeparator))
    }
}

extension ArticleSummary {
    /// The columns a summary is read from, in ``ArticleSummary/init(indexRow:)`` order.
    static let indexColumns = "article_id, path, title, instant, utc_offset, date_only, tags, topics, summary, draft, footnotes, terms, outlets, minutes, characters, blocks"

    /// A summary from a row selected with ``indexColumns``.
    init(indexRow row: RawRow) {
        self.init(
            id: ArticleID(row.string(0)), path: row.string(1), title: row.string(2),
            date: ArticleDate(instant: Date(timeIntervalSince1970: row.double(3)), utcOffsetSeconds: row.int(4), isDateOnly: row.bool(5)),
            tags: row.list(6), topics: row.list(7), terms: TermsCodec.decode(row.text(11)), summary: row.text(8),
            isDraft: row.bool(9), footnoteCount: row.int(10))
        outlets = row.list(12)
        readingMinutes = row.int(13)
        characters = row.int(14)
        bodyBlocks = row.int(15)
    }
}

/// The terms of an article's own taxonomies as one text column: `taxonomy<US>term<US>term`, one
/// taxonomy per record separator; NULL when it has none (most articles).
enum TermsCodec {
    private static let unit = "\u{1F}", record = "\u{1E}"

    static func encode(_ terms: [String: [String]]) -> String? {
        guard !terms.isEmpty else { return nil }
        // Separators inside a term could split it: they are control characters no name needs.
        let clean = { (text: String) in text.replacingOccurrences(of: unit, with: " ").replacingOccurrences(of: record, with: " ") }
        return terms.keys.sorted().map { taxonomy in
            ([taxonomy] + terms[taxonomy]!).map(clean).joined(separator: unit)
        }.joined(separator: record)
    }

    static func decode(_ text: String?) -> [String: [String]] {
        guard let text, !text.isEmpty else { return [:] }
        var terms: [String: [String]] = [:]
        for entry in text.split(separator: Character(record)) {
            let parts = entry.split(separator: Character(unit)).map(String.init)
            if parts.count > 1 { terms[parts[0]] = Array(parts.dropFirst()) }
        }
        return terms
    }
}

/// Problems of one file as one text column: `severity<US>line<US>message`, one per record
/// separator. Decoding 100k JSON arrays at launch would cost more than the rest of the launch.
enum ProblemCodec {
    private static let unit: Character = "\u{1F}", record: Character = "\u{1E}"

    static func encode(_ problems: [Problem]) -> String? {
        guard !problems.isEmpty else { return nil }
        return problems.map { problem in
            // A message quoting file content could hold the record separator itself: store it as
            // its visible stand-in (what a terminal would be shown anyway), so records never split.
            let message = problem.message.replacingOccurrences(of: String(record), with: "\u{241E}")
            return [problem.severity.rawValue, problem.line.map(String.init) ?? "", message]
                .joined(separator: String(unit))
        }.joined(separator: String(record))
    }

    static func decode(_ text: String?, path: String) -> [Problem] {
        guard let text, !text.isEmpty else { return [] }
        return text.split(separator: record).compactMap { entry in
            let parts = entry.split(separator: unit, maxSplits: 2, omittingEmptySubsequences: false)
            guard parts.count == 3, let severity = Problem.Severity(rawValue: String(parts[0])) else { return nil }
            return Problem(path: path, line: Int(parts[1]), severity: severity, message: String(parts[2]))
        }
    }
}
