/// The metadata of one synthetic article, written as YAML (`---`) or TOML (`+++`) front matter.
struct FrontMatterFields {
    var title: String
    var date: CivilDate
    var isDraft: Bool
    var summary: String
    var tags: [String]
    var topics: [String]
    var featuredImage: String

    /// YAML front matter between `---` lines; lists alternate between flow and block style, as in
    /// real libraries (FORMAT.md, "Variations").
    func yaml(blockLists: Bool) -> String {
        var lines = ["---"]
        lines.append("title: \(quoted(title))")
        lines.append("date: \(date.frontMatterTimestamp)")
        lines.append("draft: \(isDraft)")
        lines.append("featured_image: \(quoted(featuredImage))")
        lines.append("summary: \(quoted(summary))")
        for (key, values) in [("tags", tags), ("main_topics", topics)] {
            if blockLists {
                lines.append("\(key):")
                lines += values.map { "  - \(quoted($0))" }
            } else {
                lines.append("\(key): [\(values.map(quoted).joined(separator: ", "))]")
            }
        }
        lines.append("---")
        return lines.joined(separator: "\n") + "\n"
    }

    /// TOML front matter between `+++` lines; the date is a TOML offset date-time literal.
    func toml() -> String {
        var lines = ["+++"]
        lines.append("title = \(quoted(title))")
        lines.append("date = \(date.frontMatterTimestamp)")
        lines.append("draft = \(isDraft)")
        lines.append("featured_image = \(quoted(featuredImage))")
        lines.append("summary = \(quoted(summary))")
        lines.append("tags = [\(tags.map(quoted).joined(separator: ", "))]")
        lines.append("main_topics = [\(topics.map(quoted).joined(separator: ", "))]")
        lines.append("+++")
        return lines.joined(separator: "\n") + "\n"
    }
}

/// A double-quoted scalar; YAML and TOML basic strings share these two escapes.
private func quoted(_ text: String) -> String {
    "\"" + text.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"") + "\""
}
