import Foundation
import ChineseText
import NewsCore

/// The matches of a search in the open article, in reading order, and the one last jumped to.
struct ArticleSearch: Equatable, Sendable {
    /// One match: a line and the display columns it covers, and for a match that a line break
    /// cuts in two, the columns of its rest on the next line.
    struct Match: Equatable, Sendable {
        var line: Int
        var columns: Range<Int>
        var continuation: Range<Int>? = nil
    }

    var query: String
    private(set) var matches: [Match] = []
    var current: Int?

    /// Finds every occurrence of `query` in `rendered`'s lines: a substring, case-insensitive
    /// for Latin letters (CJK has no case), also where wrapping split it between two lines of a
    /// paragraph (Chinese text breaks between any two characters, so that is common).
    ///
    /// Script-blind: the query and the lines are compared folded to Simplified characters
    /// (``HanFolding``), which keeps every character in place and as wide, so columns found in
    /// the folded line are the columns of the line shown.
    init(query: String, in rendered: RenderedArticle) {
        self.query = query
        guard !query.isEmpty else { return }
        let query = HanFolding.shared.fold(query)
        for (index, line) in rendered.lines.enumerated() {
            defer { findAcrossBreak(after: index, in: rendered, query: query) }
            let text = HanFolding.shared.fold(line.text)
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

    /// The matches that start in the last characters of line `index` and end on the next line
    /// of the same paragraph. The wrapper drops the space at a break, so the two lines are
    /// joined as they are.
    private mutating func findAcrossBreak(after index: Int, in rendered: RenderedArticle, query: String) {
        guard case .text(isLast: false) = rendered.lineInfo[index].kind, index + 1 < rendered.lines.count,
              query.count > 1 else { return }
        let text = HanFolding.shared.fold(rendered.lines[index].text)
        let next = HanFolding.shared.fold(rendered.lines[index + 1].text).dropFirst(rendered.lineInfo[index + 1].prefixCharacters)
        let tail = String(text.suffix(query.count - 1))
        let joined = tail + next.prefix(query.count - 1)
        let boundary = joined.index(joined.startIndex, offsetBy: tail.count)
        let tailStart = DisplayWidth.of(text.dropLast(tail.count))
        let nextStart = rendered.lineInfo[index + 1].prefixWidth
        var searchStart = joined.startIndex
        while let range = joined.range(of: query, options: [.caseInsensitive], range: searchStart..<joined.endIndex), !range.isEmpty {
            searchStart = joined.index(after: range.lowerBound)
            guard range.lowerBound < boundary, range.upperBound > boundary else { continue }
            let start = tailStart + DisplayWidth.of(joined[joined.startIndex..<range.lowerBound])
            let rest = DisplayWidth.of(joined[boundary..<range.upperBound])
            matches.append(Match(line: index, columns: start..<tailStart + DisplayWidth.of(tail),
                                 continuation: nextStart..<nextStart + rest))
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
