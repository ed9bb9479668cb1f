import Foundation
import NewsCore

/// The library's problems as the reader needs them: at launch only how many files have one
/// (the status line), the whole list when the `!` screen opens.
///
/// A generated 100k library had a warning in nearly every file: decoding them all at launch took
/// a quarter of the launch and most of its memory, for a screen seldom opened.
public final class ProblemList: Equatable, @unchecked Sendable {
    // @unchecked: `loaded` is guarded by `lock`; the rest is immutable.
    /// Files with at least one problem.
    public let fileCount: Int
    /// Differs whenever the problems do (a count and a length, from the store).
    private let signature: [Int]
    private let before: [Problem], after: [Problem]
    private let load: @Sendable () -> [Problem]
    private let lock = NSLock()
    private var loaded: [Problem]?

    /// Problems known now.
    public convenience init(_ problems: [Problem] = []) {
        self.init(fileCount: Set(problems.map(\.path)).count, signature: [problems.hashValue]) { problems }
    }

    /// Problems read by `load` when first asked for; `fileCount` and `signature` are known without them.
    public init(fileCount: Int, signature: [Int], load: @escaping @Sendable () -> [Problem]) {
        self.fileCount = fileCount
        self.signature = signature
        before = []
        after = []
        self.load = load
    }

    private init(_ base: ProblemList, before: [Problem], after: [Problem]) {
        let extraFiles = Set((before + after).map(\.path)).count
        fileCount = base.fileCount + extraFiles
        signature = base.signature + [before.hashValue, after.hashValue]
        self.before = before + base.before
        self.after = base.after + after
        load = base.load
    }

    /// This list with `before` first and `after` last (the configuration's warnings, the state
    /// database's notice: never the path of an article file).
    public func adding(before: [Problem] = [], after: [Problem] = []) -> ProblemList {
        before.isEmpty && after.isEmpty ? self : ProblemList(self, before: before, after: after)
    }

    public var isEmpty: Bool { fileCount == 0 }

    /// Every problem, by path and line (read on first use).
    public var all: [Problem] {
        lock.withLock {
            if let loaded { return loaded }
            let all = before + load() + after
            loaded = all
            return all
        }
    }

    public static func == (lhs: ProblemList, rhs: ProblemList) -> Bool {
        lhs === rhs || (lhs.fileCount == rhs.fileCount && lhs.signature == rhs.signature)
    }
}
