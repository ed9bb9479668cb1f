import Foundation
import NewsCore

/// Turns the rows a search kept into hits, each with a snippet cut from its file as it is now.
///
/// The index stores no text (``IndexSchema``), so the few files shown are read and parsed again
/// (on every core) into the same plain text the index was made from. That also checks each hit: a
/// file gone since the index last saw it is left out, and so is one rewritten so that it no longer
/// contains what was searched for (an edit in place that no walk has seen yet).
///
/// Only the first ``fromFiles`` hits are read so: the reader asks for thousands of hits at once
/// and shows a screenful; the hits after those take their snippet from the summary, title, tags
/// or topics the index holds.
struct SearchSnippets {
    /// Hits whose snippets come from their files: the CLI's default `--limit`, a few screens.
    static let fromFiles = 100

    let root: URL
    let taxonomies: SiteTaxonomies
    let builder: SnippetBuilder

    /// What the index holds of one kept row.
    struct Row: Sendable {
        var id: String
        var path: String
        var size: Int
        var mtime: Int64
        var title: String
        var date: ArticleDate
        var summary: String?
        /// Tags and topics, each joined as the index stores them.
        var tags: String
        var topics: String
    }

    /// The hits, in the order of `rows`, without those whose file no longer matches.
    func hits(_ rows: [Row]) -> [CatalogSearchHit] {
        let options = SiteSettings.markdownOptions(libraryRoot: root.path)
        let read = min(rows.count, Self.fromFiles)
        var results = [CatalogSearchHit?](repeating: nil, count: read)
        results.withUnsafeMutableBufferPointer { slots in
            let shared = HitSlots(base: slots)
            DispatchQueue.concurrentPerform(iterations: read) { index in
                shared.base[index] = hit(rows[index], markdownOptions: options)
            }
        }
        return results.compactMap { $0 } + rows[read...].map { row in
            let snippet = columnSnippet(row) ?? (row.summary ?? row.title, [])
            return CatalogSearchHit(id: ArticleID(row.id), title: row.title, date: row.date,
                                    snippet: snippet.text, highlights: snippet.highlights)
        }
    }

    /// A snippet from the columns the index holds besides the body, nil when none matches.
    private func columnSnippet(_ row: Row) -> (text: String, highlights: [Range<Int>])? {
        [row.summary ?? "", row.title, row.tags, row.topics].lazy.compactMap(builder.snippet(of:)).first
    }

    private func hit(_ row: Row, markdownOptions: MarkdownOptions) -> CatalogSearchHit? {
        guard var file = ArticleFile.onDisk(root: root, relativePath: row.path, id: ArticleID(row.id)) else { return nil }
        file.markdownOptions = markdownOptions
        var shown = row
        let body: Document
        let unchanged = file.size == row.size && file.modificationNanoseconds == row.mtime
        if unchanged {
            // The index knows the rest: the body alone is parsed (a third of the time of a full read).
            guard case .success(let data) = FileReader.read(path: file.absolutePath, expectedSize: file.size),
                  let parsed = ArticleParser.parseBody(data: data, options: markdownOptions, checkingInPageLinks: false)
            else { return nil }
            body = parsed
        } else {
            let article = file.read(taxonomies: taxonomies).article
            guard article.isReadable else { return nil }
            let summary = ArticleSummary(reading: article)
            shown.title = summary.title
            shown.date = summary.date
            shown.summary = summary.summary
            shown.tags = IndexRecord.joined(summary.tags)
            shown.topics = IndexRecord.joined(summary.topics)
            body = article.document
        }
        // The body first (the title is shown anyway), then the other columns.
        let found = builder.snippet(of: PlainText.of(body)) ?? columnSnippet(shown)
        // A match the tokens found where the snippet's scan did not (it never should) still shows;
        // a changed file without the match is no hit any more.
        guard let snippet = found ?? (unchanged ? (shown.summary ?? shown.title, []) : nil) else { return nil }
        return CatalogSearchHit(id: ArticleID(row.id), title: shown.title, date: shown.date,
                                snippet: snippet.text, highlights: snippet.highlights)
    }
}

/// Result slots that concurrent workers fill, each index written by exactly one of them.
private struct HitSlots: @unchecked Sendable {
    let base: UnsafeMutableBufferPointer<CatalogSearchHit?>
}
