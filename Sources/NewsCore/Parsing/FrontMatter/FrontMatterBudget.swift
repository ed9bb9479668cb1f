/// Limits that keep hostile front matter from exhausting time or memory when converted.
///
/// An alias-bomb (`a: &a [x, x]`, `b: &b [*a, *a]`, … nine levels deep) is a few lines of YAML
/// that expands to a billion values; these caps stop the expansion, not the reading.
struct FrontMatterBudget {
    static let maximumDepth = 64
    private(set) var remainingValues = 100_000
    private(set) var wasExceeded = false

    /// Takes one value from the budget; false (and remembered) once it is spent.
    mutating func spend(depth: Int) -> Bool {
        guard depth <= Self.maximumDepth, remainingValues > 0 else {
            wasExceeded = true
            return false
        }
        remainingValues -= 1
        return true
    }

    /// The warning to give when values were left out, placed on the block's first line.
    func diagnostic(line: Int) -> Diagnostic? {
        guard wasExceeded else { return nil }
        return Diagnostic(line: line, severity: .warning,
                          message: "front matter is too large or too deeply nested; the excess was left out")
    }
}
