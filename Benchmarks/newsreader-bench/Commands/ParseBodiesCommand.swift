import Foundation
import NewsCore

/// `newsreader-bench parse-bodies DIR… [--runs 5] [--dump FILE]`: single-core throughput of
/// ``ArticleParser/parseBody(data:options:)`` (what search snippets, the body pass and `show` pay
/// per article) over every `.md` file under the folders, read into memory first.
///
/// `--dump FILE` also writes every parsed body's full structure, file by file, so a change to the
/// parser can be checked to leave its output byte-identical (`cmp` two dumps).
enum ParseBodiesCommand {
    /// One file's bytes, named by its path as given on the command line.
    struct Input {
        var path: String
        var data: Data
    }

    static func run(directories: [String], runs: Int, dump: String?) throws {
        let inputs = try directories.flatMap(markdownFiles(under:))
        guard !inputs.isEmpty else { throw UsageError("no .md files under \(directories.joined(separator: ", "))") }
        let bytes = inputs.reduce(0) { $0 + $1.data.count }
        var times: [Double] = []
        var processorTimes: [Double] = []
        var unreadable = 0
        for _ in 0..<runs {
            let processorStart = Timing.processorSeconds()
            let run = Timing.measure { inputs.reduce(0) { $0 + (ArticleParser.parseBody(data: $1.data) == nil ? 1 : 0) } }
            processorTimes.append(Timing.processorSeconds() - processorStart)
            times.append(run.seconds)
            unreadable = run.result
        }
        let median = Timing.median(times)
        let processorMedian = Timing.median(processorTimes)
        var table = TextTable(["files", "MB", "median s", "articles/s", "MB/s", "µs/article", "CPU µs/article", "runs s", "not text"])
        table.add([
            "\(inputs.count)", Report.fixed(Double(bytes) / 1e6, 2), Report.fixed(median, 3),
            Report.fixed(Double(inputs.count) / median, 0), Report.fixed(Double(bytes) / 1e6 / median, 2),
            Report.fixed(median * 1e6 / Double(inputs.count), 1), Report.fixed(processorMedian * 1e6 / Double(inputs.count), 1),
            times.map { Report.fixed($0, 3) }.joined(separator: " "), "\(unreadable)",
        ])
        print("""
            Body parse throughput (ArticleParser.parseBody, one core)
              method: every .md file under \(directories.joined(separator: ", ")) read into memory, then
              parseBody(data:) called on each in turn on the main thread (decoding, front matter skipped,
              shortcodes, CommonMark + GFM, HTML lowering, diagnostics); median of \(runs) runs,
              ContinuousClock; MB = 10^6 bytes of whole files; µs/article = median s / files; CPU
              µs/article: the same from the process's user + system time (getrusage), median of the runs,
              steadier than wall time when other work shares the cores.
            \(table.rendered)
            """)
        if let dump { try write(dumpOf: inputs, to: dump) }
    }

    /// The `.md` files under `directory` (a folder named `….md` left out), sorted by path so runs
    /// and dumps are in the same order.
    private static func markdownFiles(under directory: String) throws -> [Input] {
        let root = URL(fileURLWithPath: directory)
        guard let walk = FileManager.default.enumerator(at: root, includingPropertiesForKeys: [.isRegularFileKey]) else {
            throw UsageError("cannot read the folder \(directory)")
        }
        let paths = walk.compactMap { $0 as? URL }
            .filter { $0.pathExtension == "md" && (try? $0.resourceValues(forKeys: [.isRegularFileKey]).isRegularFile) == true }
            .map(\.path).sorted()
        return try paths.map { Input(path: $0, data: try Data(contentsOf: URL(fileURLWithPath: $0))) }
    }

    /// Each file's path, then its parsed body as `String(reflecting:)` prints it (every case,
    /// string and number of the tree; ``Document`` holds no unordered collection).
    private static func write(dumpOf inputs: [Input], to path: String) throws {
        var text = ""
        for input in inputs {
            text += "=== \(input.path)\n"
            text += ArticleParser.parseBody(data: input.data).map { String(reflecting: $0) } ?? "not text"
            text += "\n"
        }
        try Data(text.utf8).write(to: URL(fileURLWithPath: path))
        print("wrote the parsed bodies of \(inputs.count) files to \(path)")
    }
}
