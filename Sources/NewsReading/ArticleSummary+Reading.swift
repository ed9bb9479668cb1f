import NewsCore

extension RelatedProfile {
    /// The profile of an indexed article.
    public init(summary: ArticleSummary) {
        self.init(id: summary.id, title: summary.title, date: summary.date, tags: summary.tags, topics: summary.topics,
                  series: summary.series, outlets: summary.outlets)
    }
}

extension ArticleSummary {
    /// The summary of a parsed article with what the reader adds: the outlets its citations name,
    /// its reading time and length (its series are its `series` terms, read by the parser).
    public init(reading article: Article) {
        self.init(article)
        outlets = OutletName.outlets(citedBy: article.citations)
        let time = ReadingTime(document: article.document)
        readingMinutes = time.minutes
        characters = time.characters
        bodyBlocks = article.document.blocks.count
    }
}
