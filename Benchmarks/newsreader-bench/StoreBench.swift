import Foundation

/// `newsreader-bench store [--sizes 1000,10000,100000] [--seed S] [--runs 5]`: the index and
/// search figures of issue 5, each phase in a child process (see ``StorePhase``).
enum StoreBench {
    static let usage = """
        newsreader-bench store [--sizes 1000,10000,100000] [--seed S] [--runs 5]
            (STORE_BENCH_DEBUG=1 prints each search query's hits and time on stderr)
        """

    /// Dispatches `store` and its hidden child `store-phase`.
    static func main(_ arguments: [String]) throws {
        if arguments.first == "store-phase" { return try StorePhase.run(arguments) }
        var sizes = [1000, 10000]
        var seed = BenchCommand.defaultSeed
        var runs = 5
        var rest = arguments.dropFirst()
        while let flag = rest.popFirst() {
            guard let value = rest.popFirst() else { throw UsageError("\(flag) needs a value\n\(usage)") }
            switch flag {
            case "--sizes": sizes = value.split(separator: ",").compactMap { Int($0) }
            case "--seed": seed = UInt64(value) ?? seed
            case "--runs": runs = max(1, Int(value) ?? runs)
            default: throw UsageError("unknown flag \(flag)\n\(usage)")
            }
        }
        try run(sizes: sizes.sorted(), seed: seed, runs: runs)
    }

    private static func run(sizes: [Int], seed: UInt64, runs: Int) throws {
        let scratch = URL(fileURLWithPath: "/tmp").appendingPathComponent("newsreader-store-bench-\(getpid())")
        try FileManager.default.createDirectory(at: scratch, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: scratch) }
        print("newsreader-bench store: seed \(seed), sizes \(sizes.map(String.init).joined(separator: ",")), "
            + "\(ProcessInfo.processInfo.activeProcessorCount) active cores, scratch \(scratch.path)")
        var table = TextTable(["articles", "library MB", "usable s", "searchable s", "build CPU s", "build MiB", "walk ms", "warm ms", "warm MiB",
                               "search ms median", "search ms max", "index MB", "index/library"])
        for size in sizes {
            let library = scratch.appendingPathComponent("library-\(size)")
            let cache = scratch.appendingPathComponent("cache-\(size)")
            let timed = try Timing.measure { try LibraryGenerator(seed: seed, count: size, malformed: 0).generate(into: library) }
            let generated = timed.result
            print(Report.generationLine(generated, seconds: timed.seconds, showingPath: false))
            fflush(nil)
            let build = try child(["build", library.path, cache.path])
            var warm: [[String: Double]] = [], walk: [Double] = []
            for _ in 0..<runs {
                walk.append((try child(["scan", library.path, cache.path])["seconds"] ?? 0) * 1000)
                warm.append(try child(["warm", library.path, cache.path]))
            }
            let search = try child(["search", library.path, cache.path])
            let indexBytes = try folderBytes(cache)
            table.add([
                "\(size)", Report.megabytes(generated.totalBytes), Report.fixed(build["seconds"] ?? 0, 2), Report.fixed(build["searchReady"] ?? 0, 2),
                Report.fixed(build["cpuUsable"] ?? 0, 1) + "+" + Report.fixed((build["cpuAll"] ?? 0) - (build["cpuUsable"] ?? 0), 1),
                mebibytes(build["peakKiB"]),
                Report.fixed(Timing.median(walk), 1),
                Report.fixed(Timing.median(warm.map { ($0["seconds"] ?? 0) * 1000 }), 1), mebibytes(warm.map { $0["peakKiB"] ?? 0 }.max()),
                Report.fixed((search["median"] ?? 0) * 1000, 2), Report.fixed((search["max"] ?? 0) * 1000, 2),
                Report.megabytes(indexBytes), Report.fixed(Double(indexBytes) / Double(generated.totalBytes), 2),
            ])
            try FileManager.default.removeItem(at: library)
            try FileManager.default.removeItem(at: cache)
        }
        print("""

            Index and search (LibraryCatalog on a generated library in /tmp, page cache warm from generation)
              method: each phase runs in a fresh child process (`newsreader-bench store-phase …`), timed with
              ContinuousClock inside it. first build: open on an empty cache folder (walk, parse on all
              cores, write the article rows) = usable (list, facets, articles); then wait for the search
              index, filled in the background after open = searchable (from the start); build CPU s: CPU
              time of all threads (getrusage) until usable + after it. warm: open with an up-to-date index (walk with stat, compare,
              read summaries and state = data for the first screen), median of \(runs) processes; walk: the
              LibraryScanner stat walk alone (part of warm), median of \(runs) processes. search:
              20 queries drawn from the library's tags and topics (4 whole CJK tags, 3 two-character and
              3 one-character CJK prefixes, 4 Latin tags, 3 lower-case 4-letter Latin prefixes, 3 mixed
              CJK+Latin tags), each LibraryCatalog.search (≤ 200 hits with snippets), median and max.
              peak RSS: VmHWM of the child process (includes the runtime, ~10 MiB). index: bytes of the
              cache folder (database + WAL) over the library's article bytes. The machine is a shared
              2-core VM: timings vary by ±30 % with its load (1-minute load average at the end: \(loadAverage())).
            \(table.rendered)
            """)
    }

    /// Runs a phase in a child process and parses its `key=value` line.
    private static func child(_ arguments: [String]) throws -> [String: Double] {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: CommandLine.arguments[0]).standardizedFileURL
        process.arguments = ["store-phase"] + arguments
        let output = Pipe()
        process.standardOutput = output
        try process.run()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else { throw UsageError("store-phase \(arguments[0]) failed") }
        return StorePhase.parse(String(decoding: data, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines))
    }

    private static func folderBytes(_ folder: URL) throws -> Int {
        try FileManager.default.contentsOfDirectory(at: folder, includingPropertiesForKeys: [.fileSizeKey]).reduce(0) {
            $0 + ((try $1.resourceValues(forKeys: [.fileSizeKey]).fileSize) ?? 0)
        }
    }

    /// The 1-minute load average, to read the timings with.
    private static func loadAverage() -> String {
        (try? String(contentsOfFile: "/proc/loadavg", encoding: .utf8))?.split(separator: " ").first.map(String.init) ?? "n/a"
    }

    private static func mebibytes(_ kib: Double?) -> String {
        PeakMemory.format(kib.map { Int($0) })
    }
}
