import NewsCore

/// An article in `list --json`, from the index (no parse), with the user's marks.
struct SummaryJSON: Encodable {
    let summary: ArticleSummary
    let read: Bool
    let starred: Bool

    private enum Keys: String, CodingKey {
        case id, path, title, date, draft, summary, tags, topics, terms, footnotes, minutes, characters, read, starred
    }

    func encode(to encoder: Encoder) throws {
        var container = encoder.container(keyedBy: Keys.self)
        try container.encode(summary.id, forKey: .id)
        try container.encode(summary.path, forKey: .path)
        try container.encode(summary.title, forKey: .title)
        try container.encode(summary.date.iso8601, forKey: .date)
        try container.encode(summary.isDraft, forKey: .draft)
        try container.encode(summary.summary, forKey: .summary)
        try container.encode(summary.tags, forKey: .tags)
        try container.encode(summary.topics, forKey: .topics)
        try container.encode(summary.terms, forKey: .terms)
        try container.encode(summary.footnoteCount, forKey: .footnotes)
        try container.encode(summary.readingMinutes, forKey: .minutes)
        try container.encode(summary.characters, forKey: .characters)
        try container.encode(read, forKey: .read)
        try container.encode(starred, forKey: .starred)
    }
}
