import ArgumentParser
import Foundation
import NewsCore
import NewsStore

/// `newsreader reindex`: drops the library's index and builds it again from every file.
struct ReindexCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "reindex",
        abstract: "Rebuild the library's index from scratch and say what was done.",
        discussion: "The index lives in $XDG_CACHE_HOME/newsreader and is always safe to delete.")

    @OptionGroup var libraryOptions: LibraryOptions

    func run() throws {
        try reportingFailures {
            let clock = ContinuousClock()
            let start = clock.now
            let catalog = try libraryOptions.openCatalog(rebuildIndex: true)
            let elapsed = start.duration(to: clock.now).components
            let seconds = Double(elapsed.seconds) + Double(elapsed.attoseconds) * 1e-18
            let problems = catalog.problems
            let errors = problems.filter { $0.severity == .error }.count
            var lines = [
                "reindexed \(TerminalText.sanitizeName(catalog.root.path))",
                "  files parsed: \(catalog.indexStatus.sync.parsed.count)",
                "  articles: \(catalog.summaries.count)",
                "  problems: \(errors) errors, \(problems.count - errors) warnings (see `newsreader check`)",
                "  time: " + String(format: "%.2f s", seconds),
            ]
            if let path = catalog.indexStatus.path {
                let bytes = (try? FileManager.default.attributesOfItem(atPath: path)[.size] as? Int) ?? 0
                lines.append("  index: \(TerminalText.sanitizeName(path)) (" + String(format: "%.1f MB", Double(bytes) / 1_000_000) + ")")
            } else {
                lines.append("  index: in memory only, for this run")
            }
            lines += catalog.indexStatus.notes.filter { !$0.hasPrefix("no index yet") }.map { "  note: " + $0 }
            writeOutput(lines.map { TerminalText.sanitize($0) + "\n" }.joined())
        }
    }
}
