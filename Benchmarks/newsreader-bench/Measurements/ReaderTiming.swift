import Foundation
import NewsCore
import NewsRuntime
import NewsStore
import NewsUI
import TerminalSeam

/// A terminal that draws into memory: the same diff as ``CursesTerminal``, then the changed cells
/// copied into a screen array where curses would queue them (no terminal output).
final class MemoryTerminal: TerminalBackend {
    let size: (width: Int, height: Int)
    private var previous: ScreenBuffer?
    private var screen: [Cell]
    private(set) var cellsDrawn = 0

    init(width: Int, height: Int) {
        size = (width, height)
        screen = Array(repeating: .blank, count: width * height)
    }

    func start() throws {}
    func setClipboard(_ text: String) {}
    func stop() {}
    func nextInput(waitingAtMost milliseconds: Int) -> TerminalInput { .ended }
    var emergencyResetSequence: [UInt8] { [] }

    func draw(_ buffer: ScreenBuffer) {
        let diff = ScreenDiff(from: previous, to: buffer)
        for position in diff.cells where position.row < size.height && position.column < size.width {
            screen[position.row * size.width + position.column] = buffer[position.row, position.column]
        }
        cellsDrawn += diff.cells.count
        previous = buffer
    }
}

/// A library of one article, in memory, for timing keys in the real runtime without an index.
final class SingleArticleLibrary: LibrarySource {
    let root = URL(fileURLWithPath: "/bench")
    let summaries: [ArticleSummary]
    let problems: [Problem] = []
    let state = CatalogState()
    let stateNotice: String? = nil
    private let only: Article
    /// How many times the runtime asked for the article.
    private(set) var loads = 0

    init(_ article: Article) {
        only = article
        summaries = [ArticleSummary(article)]
    }

    func article(_ id: ArticleID) throws -> Article {
        guard id == only.id else { throw LibraryError.unknownArticle(id.rawValue) }
        loads += 1
        return only
    }

    func search(_ query: String, options: SearchOptions) throws -> [CatalogSearchHit] { [] }
    func setRead(_ read: Bool, for id: ArticleID) throws {}
    func setStarred(_ starred: Bool, for id: ArticleID) throws {}
    func savePosition(_ position: ReadingPosition, for id: ArticleID) throws {}
}

/// The interactive reader's timings: launch to first screen, and key to finished frame.
enum ReaderTiming {
    /// What one launch cost.
    struct Launch {
        var seconds: Double
        /// The UI's share: resize, library hand-over, render and diff-draw of the first frame.
        var uiSeconds: Double
        var articles: Int
    }

    /// Launch: open the catalog, hand the UI its size and library, render and draw the first
    /// library frame. `locations` holds the index and state (empty folders: a cold start).
    static func launch(root: URL, locations: StoreLocations, width: Int, height: Int) throws -> Launch {
        let clock = ContinuousClock()
        let start = clock.now
        let catalog = try LibraryCatalog.open(root: root, locations: locations)
        let opened = clock.now
        let runtime = AppRuntime(terminal: MemoryTerminal(width: width, height: height),
                                    performer: EffectPerformer(library: catalog, opener: URLOpener(command: [])),
                                    pendingSignal: { nil })
        runtime.start()
        let end = clock.now
        // A first build fills the search tables on a background thread after the library is
        // usable; let it finish (untimed) so it does not share the cores with the next run.
        try catalog.waitUntilSearchReady()
        return Launch(seconds: Timing.seconds(start.duration(to: end)), uiSeconds: Timing.seconds(opened.duration(to: end)),
                      articles: catalog.summaries.count)
    }

    /// What a run of keys cost, one time per key.
    struct KeyRun {
        var label: String
        var seconds: [Double]
        var cellsDrawn: Int

        var median: Double { Timing.median(seconds) }
        var p99: Double { percentile(0.99) }
        var max: Double { seconds.max() ?? 0 }

        func percentile(_ fraction: Double) -> Double {
            let sorted = seconds.sorted()
            guard !sorted.isEmpty else { return 0 }
            return sorted[Swift.max(0, Int((fraction * Double(sorted.count)).rounded(.up)) - 1)]
        }
    }

    /// Opens `article` as the only article of a library (Enter on the list) and times each key
    /// of `keys`: update + effects + render + diff-draw.
    /// - Returns: the runs, and whether the UI actually opened the article.
    static func scrolling(_ article: Article, width: Int, height: Int, keys: [(label: String, sequence: [KeyEvent])]) -> (runs: [KeyRun], opened: Bool) {
        let terminal = MemoryTerminal(width: width, height: height)
        let library = SingleArticleLibrary(article)
        let runtime = AppRuntime(terminal: terminal, performer: EffectPerformer(library: library, opener: URLOpener(command: [])),
                                    pendingSignal: { nil })
        runtime.start()
        runtime.send(.key(.enter))
        runtime.drawFrame()
        let opened = library.loads == 1
        var runs: [KeyRun] = []
        for (label, sequence) in keys {
            let before = terminal.cellsDrawn
            var times: [Double] = []
            times.reserveCapacity(sequence.count)
            for key in sequence {
                let timed = Timing.measure {
                    runtime.send(.key(key))
                    runtime.drawFrame()
                }
                times.append(timed.seconds)
            }
            runs.append(KeyRun(label: label, seconds: times, cellsDrawn: terminal.cellsDrawn - before))
        }
        return (runs, opened)
    }
}
