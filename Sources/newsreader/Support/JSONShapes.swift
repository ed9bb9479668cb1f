import NewsCore
import NewsStore

// The JSON shapes of the scripting commands. Written out field by field so
// absent values appear as `null` (scripts can rely on every key being present).

/// A citation in `links --json`.
struct CitationJSON: Encodable {
    let citation: Citation

    private enum Keys: String, CodingKey {
        case label, title, url, outlet, author, published, retrieved, text, referenced
    }

    func encode(to encoder: Encoder) throws {
        var container = encoder.container(keyedBy: Keys.self)
        try container.encode(citation.label, forKey: .label)
        try container.encode(citation.title, forKey: .title)
        try container.encode(citation.url, forKey: .url)
        try container.encode(citation.outlet, forKey: .outlet)
        try container.encode(citation.author, forKey: .author)
        try container.encode(citation.published, forKey: .published)
        try container.encode(citation.retrieved, forKey: .retrieved)
        try container.encode(citation.text, forKey: .text)
        try container.encode(citation.referenceCount, forKey: .referenced)
    }
}

/// A problem in `check --json`.
struct ProblemJSON: Encodable {
    let problem: Problem

    private enum Keys: String, CodingKey {
        case path, line, severity, message
    }

    func encode(to encoder: Encoder) throws {
        var container = encoder.container(keyedBy: Keys.self)
        try container.encode(problem.path, forKey: .path)
        try container.encode(problem.line, forKey: .line)
        try container.encode(problem.severity.rawValue, forKey: .severity)
        try container.encode(problem.message, forKey: .message)
    }
}

/// The whole of `check --json`.
struct CheckJSON: Encodable {
    let articles: Int
    let problems: [ProblemJSON]
    /// Warnings many files share (see ``ProblemHabits``); `problems` still lists each one.
    let habits: [ProblemHabits.Habit]
}
