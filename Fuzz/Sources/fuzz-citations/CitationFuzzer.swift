import Foundation
import FuzzDriver
import NewsCore

/// Fuzzes the citation-line parser (FORMAT.md, "Citations").
///
/// The input is the text of one footnote definition: it becomes `[^1]: <input>` after a body
/// that cites it, is parsed as an article, and every footnote goes through ``CitationParser``
/// (also on its own, as the index's callers use it). Checks: no crash or hang, one citation per
/// definition with its label, only real calendar days, and
/// the same citation whichever way it is read.
@main
struct CitationFuzzer {
    static func main() {
        FuzzDriver.run { bytes, count in
            CitationFuzzer.check(FuzzDriver.data(bytes, count))
            return 0
        }
    }

    static func check(_ input: Data) {
        let line = String(decoding: input, as: UTF8.self)
        let text = "---\ntitle: 引用\ndate: 2025-06-25\n---\n\n正文[^1]。\n\n## 引用\n\n[^1]: \(line)\n"
        let article = FuzzInputs.article(Data(text.utf8))
        guard article.isReadable else { return }
        FuzzInputs.checkArticle(article, lines: FuzzInputs.lineCount(FuzzInputs.normalized(text)))
        fuzzRequire(article.citations.count == article.document.footnotes.count, "a definition without its citation")
        for (citation, footnote) in zip(article.citations, article.document.footnotes) {
            fuzzRequire(citation.label == footnote.label, "citation [^\(citation.label)] for footnote [^\(footnote.label)]")
            fuzzRequire(citation == CitationParser.citation(from: footnote), "citation differs on a second read")
            for day in [citation.published, citation.retrieved].compactMap({ $0 }) {
                fuzzRequire(isRealDay(day), "impossible day \(day)")
            }
        }
    }

    /// Whether `day` exists in the proleptic Gregorian calendar.
    static func isRealDay(_ day: CalendarDay) -> Bool {
        guard (1...12).contains(day.month), day.day >= 1 else { return false }
        let isLeap = day.year % 4 == 0 && (day.year % 100 != 0 || day.year % 400 == 0)
        let lengths = [31, isLeap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]
        return day.day <= lengths[day.month - 1]
    }
}
