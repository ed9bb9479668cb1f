import Foundation
import NewsCore

/// Typesetting rules checked on whole rendered articles, as `newsreader show` prints them.
struct RenderQuality {
    static let closing = Set("，。、；：？！）」』】》〉”’"), opening = Set("（「『【《〈“‘")

    /// Counts over a set of articles and widths.
    struct Counts {
        var lines = 0
        var overWidth = 0
        var badStart = 0
        var badEnd = 0
        /// Sum and count of (text width / room) over reflowed lines that do not end a paragraph.
        var fillSum = 0.0
        var fillCount = 0

        var violations: Int { overWidth + badStart + badEnd }
        var meanFill: Double { fillCount > 0 ? fillSum / Double(fillCount) : 1 }

        mutating func add(_ other: Counts) {
            lines += other.lines; overWidth += other.overWidth; badStart += other.badStart; badEnd += other.badEnd
            fillSum += other.fillSum; fillCount += other.fillCount
        }
    }

    /// Checks one rendering: every line against the width; reflowed lines (after their prefix of
    /// bullets, bars and indents) against the start and end rules, a paragraph's first line
    /// exempt from the start rule and its last from the end rule (as in `WrapThroughput`).
    static func check(_ rendered: RenderedArticle) -> Counts {
        var counts = Counts()
        var previousContinues = false
        for (line, info) in zip(rendered.lines, rendered.lineInfo) {
            counts.lines += 1
            let width = DisplayWidth.of(line.text)
            if width > rendered.width { counts.overWidth += 1 }
            guard case .text(let isLast) = info.kind else { previousContinues = false; continue }
            let text = line.text.dropFirst(info.prefixCharacters)
            if previousContinues, let first = text.first, closing.contains(first) { counts.badStart += 1 }
            if !isLast, let last = text.last, opening.contains(last) { counts.badEnd += 1 }
            if !isLast {
                let room = rendered.width - info.prefixWidth
                if room > 0 { counts.fillSum += Double(width - info.prefixWidth) / Double(room); counts.fillCount += 1 }
            }
            previousContinues = !isLast
        }
        return counts
    }

    /// Renders every article at every width, widths spread over the cores; per-width counts.
    static func sweep(_ articles: [Article], widths: ClosedRange<Int>) -> [Int: Counts] {
        let list = Array(widths)
        let results = ResultBox(count: list.count)
        DispatchQueue.concurrentPerform(iterations: list.count) { index in
            var counts = Counts()
            let renderer = DocumentRenderer(width: list[index])
            for article in articles { counts.add(check(renderer.render(article))) }
            results.set(index, counts)
        }
        var byWidth: [Int: Counts] = [:]
        for (index, width) in list.enumerated() { byWidth[width] = results.get(index) }
        return byWidth
    }
}

/// Per-iteration results written from `concurrentPerform`'s threads, each to its own slot.
private final class ResultBox: @unchecked Sendable {
    private var values: [RenderQuality.Counts]
    private let lock = NSLock()

    init(count: Int) { values = Array(repeating: RenderQuality.Counts(), count: count) }

    func set(_ index: Int, _ value: RenderQuality.Counts) { lock.withLock { values[index] = value } }
    func get(_ index: Int) -> RenderQuality.Counts { lock.withLock { values[index] } }
}
