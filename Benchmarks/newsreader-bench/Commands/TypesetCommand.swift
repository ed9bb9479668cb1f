import Foundation
import NewsCore

/// `newsreader-bench typeset [--count 1000] [--seed S] [--runs N]`: the renderer's rule
/// violations over the built-in and a generated library at every width 8…200, the fill of its
/// lines at width 40, and the time to render a 10 KB and a 1 MB article.
enum TypesetCommand {
    static let widths = 8...200

    static func run(count: Int, seed: UInt64, runs: Int) throws {
        let cores = ProcessInfo.processInfo.activeProcessorCount
        print("newsreader-bench typeset: seed \(seed), generated articles \(count), widths \(widths.lowerBound)…\(widths.upperBound), \(cores) active cores")
        let builtIn = try builtInLibrary()
        let generated = (0..<count).map { index -> Article in
            var writer = ArticleWriter(seed: seed, index: index)
            return parse(writer.write().text, name: "generated-\(index)")
        }
        var table = TextTable(["library", "articles", "lines rendered", "over width", "bad start", "bad end", "violations", "fill@40"])
        var failing: [String] = []
        for (name, articles) in [("built-in", builtIn), ("generated", generated)] {
            let byWidth = RenderQuality.sweep(articles, widths: widths)
            var total = RenderQuality.Counts()
            for counts in byWidth.values { total.add(counts) }
            let fill = byWidth[40]?.meanFill ?? 0
            table.add([name, "\(articles.count)", "\(total.lines)", "\(total.overWidth)", "\(total.badStart)", "\(total.badEnd)",
                       "\(total.violations)", Report.fixed(fill * 100, 1) + "%"])
            failing += byWidth.filter { $0.value.violations > 0 }.sorted { $0.key < $1.key }.map { "\(name)@\($0.key):\($0.value.violations)" }
        }
        print("""

            Rendering rules (DocumentRenderer, whole articles as `show` prints them)
              method: every article rendered at every width \(widths.lowerBound)…\(widths.upperBound) (widths spread over the cores);
              over width: lines wider than the width (display columns, wcwidth); bad start / bad end: reflowed
              lines, after their bullets, bars and indents, starting with closing punctuation (not a
              paragraph's first line) or ending with opening punctuation (not its last) — table cells and
              code are not reflowed text and are only checked for width; fill@40: mean of text width /
              (40 - prefix) over reflowed lines that do not end their paragraph, at width 40.
              Built-in library: Resources/Library (found from this source file's path); generated: the
              bench's generator, same seed, parsed in memory.
            \(table.rendered)
              widths with violations: \(failing.isEmpty ? "none" : failing.joined(separator: " "))
            """)
        let ten = RenderTiming.article(near: 10_240, seed: seed)
        let huge = RenderTiming.hugeArticle(bytes: 1_000_000, seed: seed)
        let results = [
            RenderTiming.measure(parse(ten.text, name: "ten"), label: "generated article near 10 KB", bytes: ten.bytes, runs: runs),
            RenderTiming.measure(parse(huge.text, name: "huge"), label: "generated article of 1 MB", bytes: huge.bytes, runs: max(3, runs / 10)),
        ]
        var timing = TextTable(["article", "bytes", "lines", "median ms", "min ms", "max ms", "runs"])
        for result in results {
            timing.add([result.label, "\(result.bytes)", "\(result.lines)", Report.fixed(result.median * 1000, 3),
                        Report.fixed((result.runSeconds.min() ?? 0) * 1000, 3), Report.fixed((result.runSeconds.max() ?? 0) * 1000, 3),
                        "\(result.runSeconds.count)"])
        }
        print("""

            Render time (Article, already parsed, → RenderedArticle at width 80, one core)
              method: DocumentRenderer(width: 80).render(_:) on the main thread: header, body, references,
              anchors and reading positions; one untimed warm-up render, then the median of N renders,
              each timed by the thread's CPU clock (CLOCK_THREAD_CPUTIME_ID), the previous result freed
              outside the timing. 10 KB: the generated article closest to 10,240 bytes of UTF-8 among
              the first 200; 1 MB: generated bodies concatenated under one front matter and citation list.
            \(timing.rendered)
            """)
    }

    private static func parse(_ text: String, name: String) -> Article {
        ArticleParser.parse(data: Data(text.utf8), path: name + ".md", id: ArticleID(name), modificationDate: Date(timeIntervalSince1970: 0))
    }

    /// The articles of `Resources/Library`, found from this file's place in the package.
    private static func builtInLibrary() throws -> [Article] {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
            .appendingPathComponent("../../../Resources/Library").standardizedFileURL
        guard let enumerator = FileManager.default.enumerator(at: root, includingPropertiesForKeys: nil) else {
            throw UsageError("cannot read the built-in library at \(root.path)")
        }
        var articles: [Article] = []
        for case let url as URL in enumerator where url.pathExtension == "md" && url.lastPathComponent != "_index.md" {
            articles.append(parse(try String(contentsOf: url, encoding: .utf8), name: url.lastPathComponent))
        }
        return articles
    }
}
