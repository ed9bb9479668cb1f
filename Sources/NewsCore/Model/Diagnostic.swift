/// Something a parser noticed, before it is tied to a file (see ``Problem``).
public struct Diagnostic: Equatable, Sendable {
    /// 1-based line relative to the text the parser was given, when known.
    public var line: Int?
    public var severity: Problem.Severity
    public var message: String

    public init(line: Int?, severity: Problem.Severity, message: String) {
        self.line = line
        self.severity = severity
        self.message = message
    }
}
