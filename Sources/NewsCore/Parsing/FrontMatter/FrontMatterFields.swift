/// Turns the fields a reader produced into a typed ``FrontMatter``, warning about known fields of
/// the wrong type (which are then ignored) and keeping every other field in `extra`.
struct FrontMatterFields {
    private(set) var frontMatter: FrontMatter
    private(set) var diagnostics: [Diagnostic] = []

    /// Keys are matched without regard to case, as Hugo does (`Title` is the title); the first
    /// of two spellings wins and the other is kept in `extra`.
    private enum Known: String {
        case title, date, draft, summary, description, tags
        case publishDate = "publishdate"
        case pubDate = "pubdate"
        case mainTopics = "main_topics"
        case categories, category
        case featuredImage = "featured_image"
    }

    static func interpret(_ fields: [FrontMatterField], format: FrontMatter.Format) -> FrontMatterFields {
        var result = FrontMatterFields(frontMatter: FrontMatter(format: format))
        // A front matter has a dozen keys at most: lists compared in place are cheaper than the
        // hashing of sets and dictionaries (this runs for every file of a first build).
        var taken: [Known] = []
        var topics: [(known: Known, names: [String])] = []
        for field in fields {
            guard let known = Known(rawValue: Self.lowercased(field.key)), !taken.contains(known) else {
                result.frontMatter.extra[field.key] = field.value
                continue
            }
            taken.append(known)
            switch known {
            case .mainTopics, .categories, .category: topics.append((known, result.list(field)))
            default: result.apply(field, as: known)
            }
        }
        // Topics are Hugo's categories too (FORMAT.md): `main_topics` first, each name once.
        let lists = [Known.mainTopics, .categories, .category].map { known in topics.first { $0.known == known }?.names ?? [] }
        if lists.count(where: { !$0.isEmpty }) <= 1 {
            result.frontMatter.topics = lists.first { !$0.isEmpty } ?? []  // each list is without repeats already
        } else {
            var seen = Set<String>()
            result.frontMatter.topics = lists.joined().filter { seen.insert($0).inserted }
        }
        return result
    }

    /// `key` in lower case; most keys already are, and are then used as they are.
    private static func lowercased(_ key: String) -> String {
        key.utf8.contains(where: { $0 >= 0x41 && $0 <= 0x5A || $0 >= 0x80 }) ? key.lowercased() : key
    }

    private mutating func apply(_ field: FrontMatterField, as known: Known) {
        switch known {
        // Themes emojify titles as they do text (`表情符号 :parachute:`).
        case .title: frontMatter.title = text(field).map(EmojiShortcodes.replace)
        // Hugo renders both as Markdown: a reader sees their text (`_富_` is `富`), never the markup.
        case .summary: frontMatter.summary = plainText(field)
        case .description: frontMatter.description = plainText(field)
        case .featuredImage: frontMatter.featuredImage = text(field)
        case .tags: frontMatter.tags = list(field)
        case .draft: frontMatter.draft = flag(field)
        case .date: frontMatter.date = date(field)
        // `publishDate` wins over `pubDate` whatever their order: it is Hugo's own name.
        case .publishDate: frontMatter.publishDate = date(field) ?? frontMatter.publishDate
        case .pubDate: frontMatter.publishDate = frontMatter.publishDate ?? date(field)
        case .mainTopics, .categories, .category: break
        }
    }

    /// A text field: any scalar as written; null or empty means absent.
    private mutating func text(_ field: FrontMatterField) -> String? {
        if field.value == .null { return nil }
        guard let text = field.scalarText ?? dateText(field.value) else {
            warn(field, "should be text")
            return nil
        }
        // Block scalars (`summary: >`) end in a newline that is no part of the value.
        let trimmed = String(text.trimmedWhitespace)
        return trimmed.isEmpty ? nil : trimmed
    }

    /// A text field written in Markdown, as the text it renders to; absent when nothing is left.
    private mutating func plainText(_ field: FrontMatterField) -> String? {
        guard let markdown = text(field) else { return nil }
        let plain = MarkdownPlainText.plain(markdown)
        return plain.isEmpty ? nil : plain
    }

    /// A list of names: a list of scalars, or one scalar as a one-element list; each trimmed,
    /// empty ones dropped, duplicates dropped keeping the first (FORMAT.md, "Front matter").
    private mutating func list(_ field: FrontMatterField) -> [String] {
        // A single scalar is a one-name list, taken as written (`1.10` stays `1.10`).
        let value = field.scalarText.map(FrontMatterValue.string) ?? field.value
        guard let names = value.names else {
            warn(field, "should be a list of names")
            return []
        }
        return names
    }

    /// `draft`: a bool, or the strings `true`/`false` in any case.
    private mutating func flag(_ field: FrontMatterField) -> Bool {
        switch field.value {
        case .null: return false
        case .bool(let value): return value
        case .string(let text):
            switch String(text.trimmedWhitespace).lowercased() {
            case "true": return true
            case "false", "": return false
            default: break
            }
        default: break
        }
        warn(field, "should be true or false", quoting: field.scalarText)
        return false
    }

    /// `date`: a timestamp, or a string holding one; an invalid one is left out with a warning
    /// and the article falls back to the file's time.
    private mutating func date(_ field: FrontMatterField) -> ArticleDate? {
        switch field.value {
        case .null:
            return nil
        case .date(let date):
            return date
        case .string(let text) where String(text.trimmedWhitespace).isEmpty:
            return nil
        case .string(let text):
            if let date = FrontMatterDateParser.parse(String(text.trimmedWhitespace)) { return date }
            diagnostics.append(Diagnostic(line: field.line, severity: .warning, message: "invalid date '\(Self.excerpt(text))'"))
            return nil
        default:
            if let text = field.scalarText {
                diagnostics.append(Diagnostic(line: field.line, severity: .warning, message: "invalid date '\(Self.excerpt(text))'"))
            } else {
                warn(field, "should be a date")
            }
            return nil
        }
    }

    private mutating func warn(_ field: FrontMatterField, _ expectation: String, quoting value: String? = nil) {
        let shown = value.map { ", not '\(Self.excerpt($0))'" } ?? ""
        diagnostics.append(Diagnostic(line: field.line, severity: .warning,
                                      message: "front matter field '\(field.key)' \(expectation)\(shown); it was ignored"))
    }

    private func dateText(_ value: FrontMatterValue) -> String? {
        if case .date(let date) = value { return date.isDateOnly ? date.day : date.iso8601 }
        return nil
    }

    /// At most 60 characters of a value, for messages.
    private static func excerpt(_ text: String) -> String {
        text.count <= 60 ? text : String(text.prefix(60)) + "…"
    }
}
