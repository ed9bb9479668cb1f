import Foundation
import NewsRuntime
import NewsStore

/// One phase of the scale benchmark in a child process of its own (its peak RSS its own, a warm
/// launch from a cold process): `newsreader-bench scale-phase PHASE LIBRARY CACHE` prints `key=value …`.
///
/// Both phases go through the real reader's launch path: the catalog opened as the reader opens
/// it, then AppRuntime's start() drawing the first library frame into a memory terminal.
enum ScalePhase {
    static func run(_ arguments: [String]) throws {
        // `first` on an empty cache, `warm` on the index the first left: the code path is the same.
        // `first-full` is a first build as before issue 16 item 3 (every body parsed before the
        // list shows), the figure `first` is compared with in the same run.
        guard arguments.count == 4, ["first", "warm", "first-full"].contains(arguments[1]) else {
            throw UsageError("scale-phase first|warm|first-full LIBRARY CACHE")
        }
        let library = URL(fileURLWithPath: arguments[2])
        let locations = StoreLocations(cacheDirectory: URL(fileURLWithPath: arguments[3]),
                                       dataDirectory: URL(fileURLWithPath: arguments[3]).appendingPathComponent("data"))
        let clock = ContinuousClock()
        let start = clock.now
        let catalog = try LibraryCatalog.open(root: library, locations: locations, revalidateInBackground: true,
                                              listBeforeBodies: arguments[1] != "first-full")
        let opened = Timing.seconds(start.duration(to: clock.now))
        let runtime = AppRuntime(terminal: MemoryTerminal(width: 100, height: 30),
                                    performer: EffectPerformer(library: catalog, opener: URLOpener(command: [])),
                                    pendingSignal: { nil })
        runtime.start()
        let firstScreen = Timing.seconds(start.duration(to: clock.now))
        let firstScreenKiB = PeakMemory.peakKiB() ?? 0
        let firstScreenCPU = Timing.processorSeconds()
        // What the reader does next, untimed: the background walk compared, the search filled.
        _ = try catalog.revalidate()
        try catalog.waitUntilBodiesDone()
        let bodies = Timing.seconds(start.duration(to: clock.now))
        try catalog.waitUntilSearchReady()
        let searchable = Timing.seconds(start.duration(to: clock.now))
        print(["seconds=\(firstScreen)", "opened=\(opened)", "bodies=\(bodies)", "searchable=\(searchable)",
               "firstScreenCPU=\(firstScreenCPU)", "peakKiB=\(PeakMemory.peakKiB() ?? 0)", "firstScreenPeakKiB=\(firstScreenKiB)",
               "articles=\(catalog.listing.count)"].joined(separator: " "))
    }
}
