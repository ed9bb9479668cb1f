import Foundation

/// The text `newsreader-bench` prints: each table preceded by the method that produced it.
enum Report {
    /// One line about a generated library.
    static func generationLine(_ library: GeneratedLibrary, seconds: Double, showingPath: Bool = true) -> String {
        "generated \(library.articleCount) articles (\(library.bundleCount) page bundles) + \(library.malformedCount) malformed files, "
            + "\(megabytes(library.totalBytes)) MB, in \(fixed(seconds, 2)) s" + (showingPath ? " -> \(library.root.path)" : "")
    }

    static func parseSection(_ result: ParseThroughput.Result, articleCount: Int) -> String {
        var table = TextTable(["files", "MB", "best s", "MB/s", "runs s", "with problems", "citations"])
        table.add([
            "\(result.fileCount)", fixed(result.megabytes, 2), fixed(result.bestSeconds, 3), fixed(result.megabytesPerSecond, 2),
            result.runSeconds.map { fixed($0, 3) }.joined(separator: " "), "\(result.articlesWithProblems)", "\(result.citationCount)",
        ])
        return """
            Parse throughput (front matter + Markdown + citations, one core)
              method: ArticleParser.parse(data:path:id:modificationDate:) called sequentially on the main
              thread over every file of the \(articleCount)-article library, bytes read into memory beforehand;
              best of \(result.runSeconds.count) runs, ContinuousClock; MB = 10^6 bytes; MB/s = MB / best s.
              "with problems" and "citations" count the last run's articles (a sanity check).
            \(table.rendered)
            """
    }

    static func loadSection(_ rows: [(library: GeneratedLibrary, result: LibraryLoadTiming.Result)]) -> String {
        var table = TextTable(["articles", "files", "MB", "median s", "runs s", "loaded", "problems", "peak RSS MiB"])
        for (library, result) in rows {
            table.add([
                "\(library.articleCount)", "\(library.files.count)", megabytes(library.totalBytes), fixed(result.medianSeconds, 3),
                result.runSeconds.map { fixed($0, 3) }.joined(separator: " "), "\(result.loadedArticles)", "\(result.problems)",
                PeakMemory.format(result.peakKiB),
            ])
        }
        let peakMethod = rows.allSatisfy(\.result.peakWasReset)
            ? "reset via /proc/self/clear_refs before each run, highest run shown"
            : "NOT reset (clear_refs refused), so it is the peak since the process started"
        return """
            Library load from scratch (walk + read + parse, the library's own parallelism)
              method: Library.load(from:) on a freshly generated folder in a temp dir (page cache warm
              from generation), fresh empty XDG_CACHE_HOME/XDG_DATA_HOME per run; median of
              \(rows.first?.result.runSeconds.count ?? 0) runs, ContinuousClock. "loaded"/"problems": counts Library returned (last run).
              peak RSS: VmHWM from /proc/self/status, \(peakMethod);
              it includes the harness's own memory.
            \(table.rendered)
            """
    }

    static func megabytes(_ bytes: Int) -> String {
        fixed(Double(bytes) / 1_000_000, 2)
    }

    static func fixed(_ value: Double, _ digits: Int) -> String {
        String(format: "%.\(digits)f", value)
    }
}
