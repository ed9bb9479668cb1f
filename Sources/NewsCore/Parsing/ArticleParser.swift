import Foundation

/// Turns the bytes of one file into an ``Article``, never failing: what it cannot read becomes a
/// ``Problem`` on the article.
///
/// STUB: replaced in the main line.
public enum ArticleParser {
    public static func parse(data: Data, path: String, id: ArticleID, modificationDate: Date) -> Article {
        let text = String(decoding: data, as: UTF8.self)
        let split = FrontMatterParser.parse(text)
        let document = MarkdownParser.parse(split.body)
        return Article(
            id: id, path: path, frontMatter: split.frontMatter, document: document,
            citations: document.footnotes.map(CitationParser.citation(from:)), problems: [],
            title: split.frontMatter.title ?? id.rawValue,
            date: split.frontMatter.date ?? ArticleDate(instant: modificationDate), fileSize: data.count)
    }
}
