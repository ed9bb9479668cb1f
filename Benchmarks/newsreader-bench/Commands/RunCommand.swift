import Foundation

/// `newsreader-bench run [--sizes 1000,10000] [--seed S] [--malformed K]`: generate, measure, report.
enum RunCommand {
    static func run(sizes: [Int], seed: UInt64, malformed: Int) throws {
        let sizes = sizes.sorted()
        let scratch = FileManager.default.temporaryDirectory
            .appendingPathComponent("newsreader-bench-\(ProcessInfo.processInfo.globallyUniqueString)")
        try FileManager.default.createDirectory(at: scratch, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: scratch) }

        let cores = ProcessInfo.processInfo.activeProcessorCount
        print("newsreader-bench run: seed \(seed), sizes \(sizes.map(String.init).joined(separator: ",")), "
            + "malformed \(malformed), \(cores) active cores, temp dir \(scratch.path)")
        var parseSection: String?
        var loadRows: [(library: GeneratedLibrary, result: LibraryLoadTiming.Result)] = []
        for size in sizes {
            let generator = LibraryGenerator(seed: seed, count: size, malformed: malformed)
            let root = scratch.appendingPathComponent("library-\(size)")
            let generated = try Timing.measure { try generator.generate(into: root) }
            print(Report.generationLine(generated.result, seconds: generated.seconds, showingPath: false))
            fflush(nil)  // all C streams: `stdout` itself is not concurrency-safe to name
            if parseSection == nil {
                // Throughput is per byte, so the smallest library is enough and keeps the run short.
                let inputs = try ParseThroughput.inputs(of: generated.result)
                let result = ParseThroughput().measure(inputs)
                parseSection = Report.parseSection(result, articleCount: size)
            }
            let load = try LibraryLoadTiming().measure(generated.result, scratch: scratch)
            loadRows.append((generated.result, load))
            try FileManager.default.removeItem(at: root)
        }
        print("")
        if let parseSection {
            print(parseSection)
            print("")
        }
        print(Report.loadSection(loadRows))
        print("")
        print(WrapThroughput.report(WrapThroughput().measure(seed: seed)))
    }
}
