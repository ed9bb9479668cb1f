import Foundation
import NewsStore

/// `newsreader-bench scale [--sizes 10000,100000] [--runs 3] [--seed S]`: the figures of issue 16
/// for newsreader and, when it is installed, newsboat holding the same articles, with ratios.
enum ScaleCommand {
    static let usage = """
        newsreader-bench scale [--sizes 10000,100000] [--runs 3] [--seed S]
            newsreader: first build until the list shows, warm launch to the first screen, peak RSS,
            CLI `search 数据` end to end against `grep -rl 数据`; newsboat (when installed: apt-get
            install -y newsboat) on the same articles as Atom feeds (100 entries each, file:// URLs
            in a urls file): `newsboat -u urls -c cache.db -C config -x reload` for the reload, and
            `-x print-unread` for a launch on its cache. Build the benchmark and the reader with
            `swift build -c release`; the reader binary is taken from next to newsreader-bench.
        """

    /// Dispatches `scale` and its hidden child `scale-phase`.
    static func main(_ arguments: [String]) throws {
        if arguments.first == "scale-phase" { return try ScalePhase.run(arguments) }
        var sizes = [10000], runs = 3, seed = BenchCommand.defaultSeed
        var rest = arguments.dropFirst()
        while let flag = rest.popFirst() {
            guard let value = rest.popFirst() else { throw UsageError("\(flag) needs a value\n\(usage)") }
            switch flag {
            case "--sizes": sizes = value.split(separator: ",").compactMap { Int($0) }
            case "--runs": runs = max(1, Int(value) ?? runs)
            case "--seed": seed = UInt64(value) ?? seed
            default: throw UsageError("unknown flag \(flag)\n\(usage)")
            }
        }
        let scratch = URL(fileURLWithPath: "/tmp").appendingPathComponent("newsreader-scale-bench-\(getpid())")
        try FileManager.default.createDirectory(at: scratch, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: scratch) }
        let newsboat = ChildRun.which("newsboat")
        print("newsreader-bench scale: seed \(seed), \(runs) runs, \(ProcessInfo.processInfo.activeProcessorCount) cores, "
            + "newsboat: \(newsboat ?? "not installed (apt-get install -y newsboat)")")
        for size in sizes.sorted() {
            try ScaleRun(size: size, seed: seed, runs: runs, scratch: scratch.appendingPathComponent("\(size)"), newsboat: newsboat).report()
        }
    }
}
