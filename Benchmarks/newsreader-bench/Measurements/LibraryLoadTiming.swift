import Foundation
import NewsStore

/// Time to load a library from scratch with ``Library/load(from:)``: walk, read and parse, on all
/// the cores the library chooses to use.
struct LibraryLoadTiming {
    var runs = 3

    /// What one measurement found.
    struct Result {
        var runSeconds: [Double]
        /// Highest `VmHWM` over the runs, each run's peak measured from a reset just before it.
        var peakKiB: Int?
        var peakWasReset: Bool
        var loadedArticles: Int
        var problems: Int

        var medianSeconds: Double { Timing.median(runSeconds) }
    }

    /// Loads `library.root` `runs` times. Each run gets empty `XDG_CACHE_HOME`/`XDG_DATA_HOME`
    /// folders under `scratch`, so an index cache (DESIGN.md, "Two stores") can never make a run warm.
    func measure(_ library: GeneratedLibrary, scratch: URL) throws -> Result {
        let saved = ["XDG_CACHE_HOME", "XDG_DATA_HOME"].map { ($0, ProcessInfo.processInfo.environment[$0]) }
        defer { restore(saved) }
        var times: [Double] = []
        var peak: Int?
        var allReset = true
        var loaded = 0
        var problems = 0
        for run in 0..<runs {
            let home = scratch.appendingPathComponent("xdg-run-\(run)")
            for (variable, folder) in [("XDG_CACHE_HOME", "cache"), ("XDG_DATA_HOME", "data")] {
                let url = home.appendingPathComponent(folder)
                try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
                setenv(variable, url.path, 1)
            }
            allReset = PeakMemory.resetPeak() && allReset
            let timed = try Timing.measure { try Library.load(from: library.root) }
            times.append(timed.seconds)
            if let runPeak = PeakMemory.peakKiB() {
                peak = max(peak ?? 0, runPeak)
            }
            loaded = timed.result.articles.count
            problems = timed.result.problems.count
            try? FileManager.default.removeItem(at: home)
        }
        return Result(runSeconds: times, peakKiB: peak, peakWasReset: allReset, loadedArticles: loaded, problems: problems)
    }

    private func restore(_ saved: [(String, String?)]) {
        for (variable, value) in saved {
            if let value {
                setenv(variable, value, 1)
            } else {
                unsetenv(variable)
            }
        }
    }
}
