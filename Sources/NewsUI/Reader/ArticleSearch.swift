import Foundation
import NewsCore

/// The matches of a search in the open article, in reading order, and the one last jumped to.
struct ArticleSearch: Equatable, Sendable {
    /// One match: a line and the display columns it covers.
    struct Match: Equatable, Sendable {
        var line: Int
        var columns: Range<Int>
    }

    var query: String
    private(set) var matches: [Match] = []
    var current: Int?

    /// Finds every occurrence of `query` in `rendered`'s lines: a substring, case-insensitive
    /// for Latin letters (CJK has no case). A match broken across two lines is not found.
    init(query: String, in rendered: RenderedArticle) {
        self.query = query
        guard !query.isEmpty else { return }
        for (index, line) in rendered.lines.enumerated() {
            let text = line.text
            var searchStart = text.startIndex
            while let range = text.range(of: query, options: [.caseInsensitive], range: searchStart..<text.endIndex) {
                let start = DisplayWidth.of(text[text.startIndex..<range.lowerBound])
                let width = DisplayWidth.of(text[range])
                matches.append(Match(line: index, columns: start..<start + max(1, width)))
                searchStart = range.upperBound
                if range.isEmpty { break }
            }
        }
    }

    /// The index of the first match on or after `line`.
    func firstMatch(atOrAfter line: Int) -> Int {
        var low = 0, high = matches.count
        while low < high {
            let middle = (low + high) / 2
            if matches[middle].line < line { low = middle + 1 } else { high = middle }
        }
        return low
    }
}
