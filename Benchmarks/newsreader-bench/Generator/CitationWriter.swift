/// Writes the footnote definitions of the `## 引用` section in the citation shape of FORMAT.md:
/// `[^1]: [title](url)·Outlet·Author（2025/6/24）·检索日期2025/6/25`.
struct CitationWriter {
    /// The article's prose writer, borrowed so that its random stream continues after the citations.
    var prose: ProseWriter

    /// The definition line for `label`, citing a page published up to ten days before the article.
    mutating func definition(label: String, articleDate: CivilDate, articleDays: Int) -> String {
        let published = CivilDate(daysSinceEpoch: articleDays - prose.random.int(in: 0...10))
        let padded = prose.random.chance(0.5)
        let link = "[\(citedTitle())](\(url()))"
        var parts = [link, prose.random.element(of: Vocabulary.outlets)]
        if prose.random.chance(0.7) {
            parts.append(prose.random.element(of: Vocabulary.authors))
        }
        // The publication date is attached, in full-width parentheses, to the last of outlet/author.
        parts[parts.count - 1] += "（\(published.slashed(padded: padded))）"
        parts.append("检索日期\(articleDate.slashed(padded: padded))")
        return "[^\(label)]: " + parts.joined(separator: "·")
    }

    /// A definition that is plain prose rather than a citation (still a footnote, FORMAT.md).
    mutating func proseNote(label: String) -> String {
        let length = prose.random.int(in: 20...60)
        return "[^\(label)]: " + prose.paragraph(length: length)
    }

    /// A cited page's title: Chinese with `：，` or English with spaces.
    private mutating func citedTitle() -> String {
        if prose.random.chance(0.5) {
            let head = prose.phrase(length: prose.random.int(in: 6...14))
            let mark = prose.random.chance(0.5) ? "：" : "，"
            return head + mark + prose.phrase(length: prose.random.int(in: 4...12))
        }
        let wordCount = prose.random.int(in: 4...9)
        let words = prose.random.distinctElements(wordCount, of: Vocabulary.slugWords)
        return words.map { $0.prefix(1).uppercased() + $0.dropFirst() }.joined(separator: " ")
    }

    /// A URL with a path and, sometimes, a query string with `&` and a fragment.
    private mutating func url() -> String {
        let wordCount = prose.random.int(in: 2...5)
        let words = prose.random.distinctElements(wordCount, of: Vocabulary.slugWords)
        var url = "https://\(prose.random.element(of: Vocabulary.hosts))/\(prose.random.int(in: 2023...2025))/"
        url += words.joined(separator: "-") + (prose.random.chance(0.5) ? ".html" : "/")
        if prose.random.chance(0.3) {
            url += "?id=\(prose.random.int(in: 1000...99999))&utm_source=feed"
        }
        if prose.random.chance(0.15) {
            url += "#section-\(prose.random.int(in: 1...9))"
        }
        return url
    }
}
