import Foundation

/// How far an index build (or a large sync) has got: files parsed of those to parse, the rate
/// and the time left, for the reader's loading screen and the commands' progress bar.
public struct IndexProgress: Equatable, Sendable {
    /// What is being counted.
    public enum Phase: Equatable, Sendable {
        /// Files read for the list (their front matter, or all of them).
        case files
        /// Bodies parsed after a first build listed the heads (``BodyPass``).
        case bodies
        /// Articles made searchable after their bodies were parsed (``SearchFill``).
        case search
    }

    public var phase: Phase = .files
    public var done: Int
    public var total: Int
    /// Seconds since the first file was parsed.
    public var elapsed: TimeInterval

    public init(done: Int, total: Int, elapsed: TimeInterval) {
        self.done = done
        self.total = total
        self.elapsed = elapsed
    }

    /// Files per second so far (nil before there is anything to measure).
    public var rate: Double? {
        elapsed > 0.05 && done > 0 ? Double(done) / elapsed : nil
    }

    /// Seconds left at the rate so far.
    public var secondsLeft: Int? {
        rate.map { Int((Double(max(0, total - done)) / $0).rounded(.up)) }
    }

    /// `索引 12,345 / 100,000 · 4,100 篇/秒 · 约 21 秒` (`正文 …` while bodies are parsed,
    /// `搜索索引 …` while search is filled).
    public var line: String {
        var parts = ["\(phase.name) \(Self.grouped(done)) / \(Self.grouped(total))"]
        if let rate { parts.append("\(Self.grouped(Int(rate.rounded()))) 篇/秒") }
        if let secondsLeft { parts.append("约 \(secondsLeft) 秒") }
        return parts.joined(separator: " · ")
    }

    /// `12,345`: thousands separated by commas, whatever the locale.
    static func grouped(_ value: Int) -> String {
        let digits = String(abs(value))
        var result = ""
        for (offset, digit) in digits.enumerated() {
            if offset > 0 && (digits.count - offset) % 3 == 0 { result.append(",") }
            result.append(digit)
        }
        return value < 0 ? "-" + result : result
    }
}

extension IndexProgress.Phase {
    /// What the line calls the phase.
    var name: String {
        switch self {
        case .files: return "索引"
        case .bodies: return "正文"
        case .search: return "搜索索引"
        }
    }
}

/// Turns chunk-by-chunk counts into ``IndexProgress`` reports, at most one per `interval` (ten a
/// second for a sync: drawing a frame or a bar for every 64 files would cost more than it shows),
/// and the last one always.
final class IndexProgressReporter {
    private let sink: (IndexProgress) -> Void
    private let interval: TimeInterval
    private var started: Date?
    private var lastReport = Date.distantPast
    private var phase = IndexProgress.Phase.files

    /// Ten reports a second at most.
    convenience init(_ sink: @escaping (IndexProgress) -> Void) {
        self.init(every: 0.1, sink)
    }

    init(every interval: TimeInterval, _ sink: @escaping (IndexProgress) -> Void) {
        self.interval = interval
        self.sink = sink
    }

    /// Counts from here on are of `phase`, their rate measured from the next report.
    func startPhase(_ phase: IndexProgress.Phase) {
        self.phase = phase
        started = nil
        lastReport = .distantPast
    }

    func report(done: Int, total: Int) {
        let now = Date()
        let start = started ?? now
        started = start
        guard done == total || now.timeIntervalSince(lastReport) >= interval else { return }
        lastReport = now
        var progress = IndexProgress(done: done, total: total, elapsed: now.timeIntervalSince(start))
        progress.phase = phase
        sink(progress)
    }
}
