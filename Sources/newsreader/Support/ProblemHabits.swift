import NewsCore

/// Problems grouped by habit: the same warning in many files (418 articles without a date) is one
/// habit of the library, said once with its count, not 418 times.
struct ProblemHabits {
    /// One message shared by many files.
    struct Habit: Encodable, Equatable {
        let severity: Problem.Severity
        let message: String
        let count: Int
        /// The first few files, to look at one.
        let examples: [String]
    }

    /// From this many files on, a message is a habit.
    static let threshold = 3
    static let exampleCount = 3

    /// Problems that stand alone, in their order.
    let single: [Problem]
    /// Habits, most files first.
    let habits: [Habit]

    init(_ problems: [Problem]) {
        var paths: [String: [String]] = [:]
        for problem in problems where problem.severity == .warning {
            paths[problem.message, default: []].append(problem.path)
        }
        let habitMessages = Set(paths.filter { Set($0.value).count >= Self.threshold }.keys)
        single = problems.filter { !($0.severity == .warning && habitMessages.contains($0.message)) }
        habits = habitMessages.map { message in
            let files = paths[message]!
            return Habit(severity: .warning, message: message, count: files.count, examples: Array(files.prefix(Self.exampleCount)))
        }.sorted { $0.count != $1.count ? $0.count > $1.count : $0.message < $1.message }
    }
}
