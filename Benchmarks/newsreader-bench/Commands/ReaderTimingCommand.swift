import Foundation
import NewsCore
import NewsStore
import NewsUI
import TerminalSeam

/// `newsreader-bench reader [--count 10000] [--seed S] [--runs 5] [--keys 400]`: launch to first
/// screen on the built-in and a generated library, and key to finished frame on a 100 KB article.
enum ReaderTimingCommand {
    static let usage = """
          newsreader-bench reader [--count 10000] [--seed S] [--runs 5] [--keys 400]
              the interactive reader: launch to first screen (built-in library, generated library of
              --count articles, cold and warm index), and scroll key to finished frame on a 100 KB article
        """

    /// Runs the command when the arguments name it; false otherwise (main.swift goes on).
    static func handles(_ arguments: [String]) -> Bool {
        guard arguments.first == "reader" else { return false }
        do {
            var options = ["--count": 10_000, "--seed": Int(BenchCommand.defaultSeed), "--runs": 5, "--keys": 400]
            var rest = Array(arguments.dropFirst())
            while rest.count >= 2, options[rest[0]] != nil, let value = Int(rest[1]), value > 0 {
                options[rest[0]] = value
                rest.removeFirst(2)
            }
            guard rest.isEmpty else { throw UsageError("reader: cannot read \(rest.joined(separator: " "))\n\(usage)") }
            try run(count: options["--count"]!, seed: UInt64(options["--seed"]!), runs: options["--runs"]!, keys: options["--keys"]!)
        } catch {
            FileHandle.standardError.write(Data("newsreader-bench: \(error)\n".utf8))
            exit(1)
        }
        return true
    }

    static let width = 100, height = 30

    static func run(count: Int, seed: UInt64, runs: Int, keys: Int) throws {
        let scratch = FileManager.default.temporaryDirectory.appendingPathComponent("newsreader-bench-reader-\(getpid())")
        defer { try? FileManager.default.removeItem(at: scratch) }
        let builtIn = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
            .appendingPathComponent("../../../Resources/Library").standardizedFileURL
        let generated = try LibraryGenerator(seed: seed, count: count, malformed: 0).generate(into: scratch.appendingPathComponent("library"))
        print("newsreader-bench reader: seed \(seed), \(width)×\(height), \(ProcessInfo.processInfo.activeProcessorCount) active cores")

        var launchTable = TextTable(["library", "articles", "cold median ms", "warm median ms", "UI share median ms", "cold runs ms", "warm runs ms"])
        for (name, root) in [("built-in", builtIn), ("generated \(count)", generated.root)] {
            var cold: [Double] = [], warm: [Double] = [], ui: [Double] = [], articles = 0
            for run in 0..<runs {
                let home = scratch.appendingPathComponent("xdg-\(name.hashValue)-\(run)")
                let locations = StoreLocations(cacheDirectory: home.appendingPathComponent("cache/newsreader"),
                                               dataDirectory: home.appendingPathComponent("data/newsreader"))
                let first = try ReaderTiming.launch(root: root, locations: locations, width: width, height: height)
                let second = try ReaderTiming.launch(root: root, locations: locations, width: width, height: height)
                cold.append(first.seconds)
                warm.append(second.seconds)
                ui += [first.uiSeconds, second.uiSeconds]
                articles = first.articles
                try? FileManager.default.removeItem(at: home)
            }
            launchTable.add([name, "\(articles)", ms(Timing.median(cold)), ms(Timing.median(warm)), ms(Timing.median(ui)),
                             cold.map(ms).joined(separator: " "), warm.map(ms).joined(separator: " ")])
        }
        print("""

            Launch to first screen (in process, no terminal)
              method: LibraryCatalog.open(root:locations:), then the real AppRuntime's start() on a
              memory terminal: .resized(\(width), \(height)), .libraryLoaded(summaries without drafts,
              problems, read state), render(), and the diff-draw of the whole first frame (ScreenDiff, as
              CursesTerminal draws minus curses); ContinuousClock. cold: empty index/state folders; warm: the same folders opened
              again right after; UI share: from the catalog opened to the frame drawn (cold and warm runs).
              Not included: process start, newterm/initscr, the terminal's own output.
              Built-in: Resources/Library; generated: the bench's generator, same seed, in a temp dir.
            \(launchTable.rendered)
            """)

        let source = RenderTiming.hugeArticle(bytes: 100_000, seed: seed)
        let article = ArticleParser.parse(data: Data(source.text.utf8), path: "huge.md", id: ArticleID("huge"),
                                          modificationDate: Date(timeIntervalSince1970: 0))
        let half = max(1, keys / 2)
        let lineKeys = Array(repeating: [Array(repeating: KeyEvent.character("j"), count: half),
                                         Array(repeating: KeyEvent.character("k"), count: half)].joined(), count: 2).joined()
        let pageKeys = Array(repeating: [Array(repeating: KeyEvent.character(" "), count: 15),
                                         Array(repeating: KeyEvent.character("b"), count: 15)].joined(), count: max(1, keys / 30)).joined()
        let result = ReaderTiming.scrolling(article, width: width, height: height, keys: [
            ("line (j/k)", Array(lineKeys)), ("page (Space/b)", Array(pageKeys)),
        ])
        var keyTable = TextTable(["keys", "count", "median ms", "p99 ms", "max ms", "cells drawn"])
        for run in result.runs {
            keyTable.add([run.label, "\(run.seconds.count)", ms(run.median), ms(run.p99), ms(run.max), "\(run.cellsDrawn)"])
        }
        print("""

            Scroll key to finished frame (article of \(source.bytes) bytes, in process)
              method: the article is the only one of an in-memory library, opened with Enter through the
              real AppRuntime and EffectPerformer\(result.opened ? "" : " (NOTE: the UI did not ask to load it, so these keys ran on the library screen)"); then per key:
              AppRuntime.send(.key) (update + effects) + drawFrame() (render + ScreenDiff diff-draw into a memory terminal),
              timed with ContinuousClock one key at a time. line: \(half) × j then \(half) × k, twice;
              page: 15 × Space then 15 × b, repeated. Aim: ≤ 16 ms per frame.
            \(keyTable.rendered)
            """)
    }

    private static func ms(_ seconds: Double) -> String {
        Report.fixed(seconds * 1000, 3)
    }
}
