import NewsCore

/// A problem in `check --json`, written out field by field so a problem without a line has
/// `"line": null` (scripts can rely on every key being present).
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
