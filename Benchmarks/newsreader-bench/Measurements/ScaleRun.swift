import Foundation
import NewsStore

/// The scale figures at one library size: each measured in child processes, medians of `runs`.
struct ScaleRun {
    let size: Int
    let seed: UInt64
    let runs: Int
    let scratch: URL
    let newsboat: String?

    private var library: URL { scratch.appendingPathComponent("library") }
    private var cache: URL { scratch.appendingPathComponent("cache") }
    /// The real `newsreader` binary, built next to the benchmark.
    private var reader: String {
        URL(fileURLWithPath: CommandLine.arguments[0]).standardizedFileURL.deletingLastPathComponent().appendingPathComponent("newsreader").path
    }

    func report() throws {
        let timed = try Timing.measure { try LibraryGenerator(seed: seed, count: size, malformed: 0).generate(into: library) }
        let generated = timed.result
        print(Report.generationLine(generated, seconds: timed.seconds, showingPath: false))
        fflush(nil)
        // A first build per run, each on an empty cache; the last one's index stays for the warm runs.
        var first: [[String: Double]] = []
        for _ in 0..<runs {
            try? FileManager.default.removeItem(at: cache)
            first.append(try phase("first"))
        }
        // The index the last first build left (its search tables filled): its files against the library's.
        let indexBytes = Self.apparentBytes(of: cache), libraryBytes = Self.apparentBytes(of: library)
        let warm = try (0..<runs).map { _ in try phase("warm") }
        let walk = (0..<runs).map { _ in Timing.measure { LibraryScanner.scan(root: library.path).files.count }.seconds }
        let search = try commandLineSearch()
        let grep = try (0..<runs).map { _ in try ChildRun.run(["grep", "-rl", "数据", library.path]).seconds }
        // The floors: the process alone, and the bytes a first build must read (heads, everything).
        let start = try (0..<runs).map { _ in try ChildRun.run([reader, "--version"]) }
        _ = ReadFloor.seconds(readingAtMost: nil, of: library)  // into the page cache first, as for the reader's runs
        let heads = Timing.median((0..<runs).map { _ in ReadFloor.seconds(readingAtMost: 4096, of: library) })
        let everything = Timing.median((0..<runs).map { _ in ReadFloor.seconds(readingAtMost: nil, of: library) })

        var table = TextTable(["figure", "newsreader", "newsboat", "ratio", "floor"])
        let warmSeconds = Timing.median(warm.map { $0["seconds"] ?? 0 })
        let warmPeak = warm.map { $0["peakKiB"] ?? 0 }.max() ?? 0
        let firstSeconds = Timing.median(first.map { $0["seconds"] ?? 0 })
        let boat = try newsboat.map { try NewsboatRun(program: $0, library: generated, folder: scratch.appendingPathComponent("newsboat"), runs: runs).measure() }
        table.add(["\(size): warm launch to first screen, s", fixed(warmSeconds), boat.map { fixed($0.launch) } ?? "—",
                   boat.map { ratio(warmSeconds, $0.launch) } ?? "—", "stat walk " + fixed(Timing.median(walk))])
        table.add(["\(size): peak RSS of a warm launch, MiB", mib(warmPeak), boat.map { mib(Double($0.launchPeakKiB)) } ?? "—",
                   boat.map { ratio(warmPeak, Double($0.launchPeakKiB)) } ?? "—",
                   "`--version` " + mib(Double(start.map(\.peakKiB).max() ?? 0))])
        table.add(["\(size): first build until the list shows, s", fixed(firstSeconds), boat.map { "reload " + fixed($0.reload) } ?? "—",
                   boat.map { ratio(firstSeconds, $0.reload) } ?? "—",
                   "heads " + fixed(heads) + ", all bytes " + fixed(everything)])
        table.add(["\(size): first build until every body is parsed / searchable, s",
                   fixed(Timing.median(first.map { $0["bodies"] ?? 0 })) + " / " + fixed(Timing.median(first.map { $0["searchable"] ?? 0 })),
                   "", "", ""])
        table.add(["\(size): CLI `search 数据` end to end, s", fixed(Timing.median(search)), "", "",
                   "`--version` " + fixed(Timing.median(start.map(\.seconds)))])
        table.add(["\(size): `grep -rl 数据`, s", fixed(Timing.median(grep)), "", ratio(Timing.median(search), Timing.median(grep)) + " of grep", ""])
        table.add(["\(size): index size, MB", Report.fixed(indexBytes / 1e6, 1), "", ratio(indexBytes, libraryBytes) + " of the library",
                   "library " + Report.fixed(libraryBytes / 1e6, 1) + " MB"])
        print(table.rendered)
        print("  ratio: newsreader ÷ newsboat (or ÷ grep); medians of \(runs) runs, each a fresh process; peak RSS the largest.")
        print("  floors: `--version` is the process alone; heads = the first 4 KB of every file read one by one, all bytes = every byte, warm page cache.")
        fflush(nil)
        try FileManager.default.removeItem(at: scratch)
    }

    /// A `scale-phase` child: the reader's launch path on this library and cache.
    private func phase(_ name: String) throws -> [String: Double] {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: CommandLine.arguments[0]).standardizedFileURL
        process.arguments = ["scale-phase", name, library.path, cache.path]
        let output = Pipe()
        process.standardOutput = output
        try process.run()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else { throw UsageError("scale-phase \(name) failed") }
        return StorePhase.parse(String(decoding: data, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines))
    }

    /// The real binary's `search 数据`, after one untimed run that builds its index.
    private func commandLineSearch() throws -> [Double] {
        let environment = ["XDG_CACHE_HOME": scratch.appendingPathComponent("xdg-cache").path,
                           "XDG_DATA_HOME": scratch.appendingPathComponent("xdg-data").path]
        let command = [reader, "search", "数据", "--library", library.path]
        guard try ChildRun.run(command, environment: environment).status == 0 else {
            throw UsageError("\(reader) search failed (build it with swift build -c release)")
        }
        return try (0..<runs).map { _ in try ChildRun.run(command, environment: environment).seconds }
    }

    /// The sizes of every file under `folder` added up (as `du --apparent-size` counts them).
    private static func apparentBytes(of folder: URL) -> Double {
        let files = FileManager.default.enumerator(at: folder, includingPropertiesForKeys: [.fileSizeKey, .isRegularFileKey])
        var total = 0
        while let url = files?.nextObject() as? URL {
            guard let values = try? url.resourceValues(forKeys: [.fileSizeKey, .isRegularFileKey]), values.isRegularFile == true else { continue }
            total += values.fileSize ?? 0
        }
        return Double(total)
    }

    private func fixed(_ value: Double) -> String { Report.fixed(value, 3) }
    private func mib(_ kib: Double) -> String { Report.fixed(kib / 1024, 1) }
    private func ratio(_ mine: Double, _ theirs: Double) -> String { theirs > 0 ? Report.fixed(mine / theirs, 2) + "×" : "—" }
}

/// newsboat on the same articles: the reload of every feed into an empty cache, and a launch on
/// that cache (`-x print-unread` reads the cache, prints the unread count and exits).
struct NewsboatRun {
    let program: String
    let library: GeneratedLibrary
    let folder: URL
    let runs: Int

    struct Result {
        var reload: Double
        var launch: Double
        var launchPeakKiB: Int
    }

    func measure() throws -> Result {
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let urls = try NewsboatFeeds.write(library, into: folder)
        let config = folder.appendingPathComponent("config").path
        try Data("reload-threads 2\n".utf8).write(to: URL(fileURLWithPath: config))
        let cache = folder.appendingPathComponent("cache.db").path
        let base = [program, "-u", urls, "-c", cache, "-C", config]
        let environment = ["HOME": folder.path, "XDG_CONFIG_HOME": folder.path, "XDG_DATA_HOME": folder.path]
        var reloads: [Double] = []
        for _ in 0..<runs {
            unlink(cache)
            let run = try ChildRun.run(base + ["-x", "reload"], environment: environment)
            guard run.status == 0 else { throw UsageError("newsboat -x reload failed (status \(run.status))") }
            reloads.append(run.seconds)
        }
        let launches = try (0..<runs).map { _ in try ChildRun.run(base + ["-x", "print-unread"], environment: environment) }
        return Result(reload: Timing.median(reloads), launch: Timing.median(launches.map(\.seconds)),
                      launchPeakKiB: launches.map(\.peakKiB).max() ?? 0)
    }
}
