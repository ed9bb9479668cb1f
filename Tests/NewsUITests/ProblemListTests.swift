import Foundation
import NewsCore
import NewsReading
import Testing
@testable import NewsUI

/// Counts how often the problems were read.
private final class LoadCounter: @unchecked Sendable {
    private let lock = NSLock()
    private var count = 0
    var loads: Int { lock.withLock { count } }
    func load() -> [Problem] {
        lock.withLock { count += 1 }
        return [Problem(path: "a.md", severity: .warning, message: "no date"),
                Problem(path: "b.md", severity: .error, message: "front matter does not parse")]
    }
}

@Suite("The problems are counted at launch and read when their screen opens")
struct ProblemListTests {
    @Test("the launch says how many files have problems without reading them; ! reads them once")
    func lazyProblems() {
        let counter = LoadCounter()
        let problems = ProblemList(fileCount: 2, signature: [2]) { counter.load() }
        let snapshot = LibrarySnapshot(rootPath: "/lib", listing: ArticleListing(), rows: ArticleRowsInMemory([]),
                                       problems: problems.adding(before: [Problem(path: "config.toml", severity: .warning, message: "unknown key")]))
        var driver = AppDriver(snapshot: snapshot)
        #expect(driver.status.contains("3 files with problems"))
        #expect(counter.loads == 0)
        driver.press(.character("!"))
        let screen = driver.lines.joined(separator: "\n")
        #expect(screen.contains("unknown key") && screen.contains("front matter does not parse"))
        #expect(screen.contains("3 in 3 files"))
        driver.press(.down)
        #expect(counter.loads == 1)
    }

    @Test("two lists are equal when their counts and signatures are, so a change of problems is noticed")
    func equality() {
        let one = ProblemList(fileCount: 2, signature: [2, 40]) { [] }
        #expect(one == ProblemList(fileCount: 2, signature: [2, 40]) { [] })
        #expect(one != ProblemList(fileCount: 2, signature: [2, 41]) { [] })
        #expect(ProblemList([Problem(path: "a.md", severity: .warning, message: "x")]) != ProblemList())
    }
}
