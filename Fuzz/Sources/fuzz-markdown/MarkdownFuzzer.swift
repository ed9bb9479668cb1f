import Foundation
import FuzzDriver
import NewsCore

/// Fuzzes the Markdown block and inline parsers.
///
/// The input is a whole article file: its raw bytes go through ``ArticleParser`` (decoding,
/// front matter, body, footnotes, citations) and, repaired to UTF-8, straight through
/// ``MarkdownParser`` and ``InlineParser``. Checks: no crash, hang or stack overflow; a title;
/// problems on lines that exist; every footnote with a label; every reference counted.
@main
struct MarkdownFuzzer {
    static func main() {
        FuzzDriver.run { bytes, count in
            MarkdownFuzzer.check(FuzzDriver.data(bytes, count))
            return 0
        }
    }

    static func check(_ input: Data) {
        let article = FuzzInputs.article(input)
        let text = String(decoding: input, as: UTF8.self)
        if article.isReadable {
            FuzzInputs.checkArticle(article, lines: FuzzInputs.lineCount(FuzzInputs.normalized(text)))
            fuzzRequire(article.citations.count == article.document.footnotes.count, "a footnote without its citation")
        }

        let document = MarkdownParser.parse(FuzzInputs.normalized(text))
        let lines = FuzzInputs.lineCount(FuzzInputs.normalized(text))
        for diagnostic in document.diagnostics {
            if let line = diagnostic.line {
                fuzzRequire((1...lines).contains(line), "diagnostic on line \(line) of \(lines): \(diagnostic.message)")
            }
        }
        var labels = Set<String>()
        for footnote in document.footnotes {
            fuzzRequire(!footnote.label.isEmpty, "a footnote with an empty label")
            fuzzRequire(footnote.referenceCount >= 0 && footnote.ordinal >= 1, "footnote [^\(footnote.label)] unnumbered")
            fuzzRequire((1...lines).contains(footnote.line), "footnote on line \(footnote.line) of \(lines)")
            fuzzRequire(labels.insert(LinkLabel.normalize(footnote.label)).inserted, "label [^\(footnote.label)] listed twice")
        }

        // The inline parser alone, on the text as one paragraph's content.
        _ = InlineParser(linkReferences: [:]).parse(text)
    }
}
