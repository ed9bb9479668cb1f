import Foundation
import NewsCore

/// Time to render one article from its parsed `Document` (an `Article`) to lines at width 80.
struct RenderTiming {
    struct Result {
        var label: String
        var bytes: Int
        var lines: Int
        var runSeconds: [Double]

        var median: Double { Timing.median(runSeconds) }
    }

    /// Median of `runs` renders after one untimed one, each timed by the thread's CPU clock.
    static func measure(_ article: Article, label: String, bytes: Int, runs: Int) -> Result {
        let renderer = DocumentRenderer(width: 80)
        var rendered = renderer.render(article)  // warm-up: width table, ICU iterator
        var times: [Double] = []
        for _ in 0..<runs {
            rendered = RenderedArticle(width: 0, lines: [], lineInfo: [], anchors: RenderAnchors())  // freed outside the timing
            let before = WrapThroughput.threadCPUSeconds()
            rendered = renderer.render(article)
            times.append(WrapThroughput.threadCPUSeconds() - before)
        }
        return Result(label: label, bytes: bytes, lines: rendered.lines.count, runSeconds: times)
    }

    /// The generated article whose file is closest to `target` bytes, among the first `pool`.
    static func article(near target: Int, seed: UInt64, pool: Int = 200) -> (text: String, bytes: Int) {
        var best = ""
        for index in 0..<pool {
            var writer = ArticleWriter(seed: seed, index: index)
            let text = writer.write().text
            if abs(text.utf8.count - target) < abs(best.utf8.count - target) { best = text }
        }
        return (best, best.utf8.count)
    }

    /// One article of at least `target` bytes: the first generated article's front matter, the
    /// bodies of as many generated articles as it takes, then the first one's citations.
    static func hugeArticle(bytes target: Int, seed: UInt64) -> (text: String, bytes: Int) {
        var first = ArticleWriter(seed: seed, index: 0)
        let parts = first.write()
        var text = parts.frontMatter + "\n"
        var index = 1
        while text.utf8.count + parts.citations.utf8.count < target {
            var writer = ArticleWriter(seed: seed, index: index)
            text += writer.write().body
            index += 1
        }
        text += parts.citations
        return (text, text.utf8.count)
    }
}
