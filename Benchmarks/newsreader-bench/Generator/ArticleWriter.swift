/// Where one synthetic article goes: its date folder, its file name, and whether it is a page bundle.
struct ArticlePlan {
    var date: CivilDate
    var daysSinceEpoch: Int
    var slug: String
    var isBundle: Bool
    var usesTOML: Bool

    /// `2025/06/slug.md`, or `2025/06/slug/index.md` for a page bundle (FORMAT.md, "Library layout").
    var relativePath: String {
        isBundle ? "\(date.folder)/\(slug)/index.md" : "\(date.folder)/\(slug).md"
    }
}

/// The pieces of one article's text, kept apart so malformed variants can recombine them.
struct ArticleParts {
    var plan: ArticlePlan
    var fields: FrontMatterFields
    var frontMatter: String
    /// Lead quote and sections, up to (not including) the citation heading.
    var body: String
    /// `## 引用` and its definitions.
    var citations: String

    var text: String { frontMatter + "\n" + body + citations }
}

/// Writes one synthetic article of 5–15 KB from its own random stream.
struct ArticleWriter {
    private var prose: ProseWriter
    /// The article's position in the library; it names the random stream and keeps the slug unique.
    private let index: Int

    /// A writer for article `index` of the library generated from `seed`.
    init(seed: UInt64, index: Int) {
        prose = ProseWriter(random: SplitMix64(seed: seed, stream: UInt64(index)))
        self.index = index
    }

    /// Draws the plan and the text of the article.
    mutating func write() -> ArticleParts {
        let plan = makePlan()
        let fields = makeFields(plan)
        let frontMatter = plan.usesTOML ? fields.toml() : fields.yaml(blockLists: prose.random.chance(0.3))
        let citations = makeCitations(plan)
        let targetBytes = prose.random.int(in: 5000...13500)
        let budget = targetBytes - frontMatter.utf8.count - citations.utf8.count
        let body = makeBody(bytes: max(budget, 2000))
        return ArticleParts(plan: plan, fields: fields, frontMatter: frontMatter, body: body, citations: citations)
    }

    private mutating func makePlan() -> ArticlePlan {
        let days = prose.random.int(in: CivilDate.days2023January1...CivilDate.days2025December31)
        let hour = prose.random.int(in: 0...23)
        let minute = prose.random.int(in: 0...59)
        let date = CivilDate(daysSinceEpoch: days, hour: hour, minute: minute, second: prose.random.int(in: 0...59))
        let words = prose.random.distinctElements(3, of: Vocabulary.slugWords)
        // The index keeps names unique whatever words are drawn.
        let slug = "\(words.joined(separator: "-"))-\(index)"
        let isBundle = prose.random.chance(0.05)
        return ArticlePlan(date: date, daysSinceEpoch: days, slug: slug, isBundle: isBundle, usesTOML: prose.random.chance(0.05))
    }

    private mutating func makeFields(_ plan: ArticlePlan) -> FrontMatterFields {
        let title = prose.title()
        let summary = prose.summary()
        let tagCount = prose.random.int(in: 5...10)
        let tags = prose.random.distinctElements(tagCount, of: Vocabulary.tags)
        let topicCount = prose.random.int(in: 1...3)
        let topics = prose.random.distinctElements(topicCount, of: Vocabulary.topics)
        // Some real libraries keep the template's placeholder in the image path.
        let image = prose.random.chance(0.1) ? "/images/YYYY/MM/\(plan.slug).jpg" : "/images/\(plan.date.folder)/\(plan.slug).jpg"
        return FrontMatterFields(
            title: title, date: plan.date, isDraft: prose.random.chance(0.05), summary: summary,
            tags: tags, topics: topics, featuredImage: plan.isBundle ? "featured.jpg" : image)
    }

    /// The citation section; also tells the prose writer which labels it may reference.
    private mutating func makeCitations(_ plan: ArticlePlan) -> String {
        let count = prose.random.int(in: 3...12)
        var labels = (1...count).map(String.init)
        let hasProseNote = prose.random.chance(0.1)
        var writer = CitationWriter(prose: prose)
        var lines = labels.map { writer.definition(label: $0, articleDate: plan.date, articleDays: plan.daysSinceEpoch) }
        if hasProseNote {
            lines.append(writer.proseNote(label: "note"))
            labels.append("note")
        }
        prose = writer.prose
        prose.footnoteLabels = labels
        return "## 引用\n\n" + lines.joined(separator: "\n") + "\n"
    }

    /// A lead block quote, then `###` sections of paragraphs until about `bytes` bytes are written.
    private mutating func makeBody(bytes: Int) -> String {
        let leadLength = prose.random.int(in: 80...200)
        var body = "> " + prose.paragraph(length: leadLength) + "\n\n"
        while body.utf8.count < bytes {
            let headingLength = prose.random.int(in: 4...14)
            body += "### " + prose.phrase(length: headingLength) + "\n\n"
            for _ in 0..<prose.random.int(in: 1...4) where body.utf8.count < bytes {
                let length = prose.random.int(in: 100...400)
                body += prose.paragraph(length: length) + "\n\n"
            }
            if prose.random.chance(0.1) {
                body += list()
            }
        }
        return body
    }

    /// A short unordered list, the most common of the rarer blocks.
    private mutating func list() -> String {
        var text = ""
        for _ in 0..<prose.random.int(in: 2...5) {
            let length = prose.random.int(in: 10...40)
            text += "- " + prose.paragraph(length: length) + "\n"
        }
        return text + "\n"
    }
}
