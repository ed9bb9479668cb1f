/// Something wrong with a file of the library, reported to the user instead of failing.
///
/// Errors mean newsreader could not take the file (or part of it) as written; warnings mean it
/// took the file but the author probably meant something else (an unreferenced footnote, a missing
/// date). Every problem names its file and, where it can, the line.
public struct Problem: Hashable, Codable, Sendable, CustomStringConvertible {
    public enum Severity: String, Codable, Sendable, Comparable {
        case warning, error

        public static func < (lhs: Severity, rhs: Severity) -> Bool {
            lhs == .warning && rhs == .error
        }
    }

    /// The file's path as given to the user (relative to the library root where possible).
    public var path: String
    /// 1-based line number in the file, when the problem has one.
    public var line: Int?
    public var severity: Severity
    public var message: String

    public init(path: String, line: Int? = nil, severity: Severity, message: String) {
        self.path = path
        self.line = line
        self.severity = severity
        self.message = message
    }

    /// `path:line: severity: message`, the shape compilers use, so editors can jump to it.
    public var description: String {
        let location = line.map { "\(path):\($0)" } ?? path
        return "\(location): \(severity.rawValue): \(message)"
    }
}
