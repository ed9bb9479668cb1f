import Foundation
import NewsCore

/// `newsreader-bench pathological [--runs 3]`: parse + render time of hostile Markdown shapes at
/// doubling sizes (issue #6 item 3: "stays near-linear and never overflows the stack"), and the
/// 400,000-character paragraph the issue names.
enum PathologicalCommand {
    /// One hostile shape: a body made of `unit` repeated `n` times.
    struct Shape: Sendable {
        var name: String
        var body: @Sendable (Int) -> String
    }

    static let shapes: [Shape] = [
        Shape(name: "paragraph (中文 + Latin + digits)") { n in String(repeating: "中文段落mixed English words 123，", count: n / 27) },
        Shape(name: "> nesting") { n in String(repeating: ">", count: n) + " 引文\n" },
        Shape(name: "- list nesting") { n in String(repeating: "- ", count: n / 2) + "项\n" },
        Shape(name: "run of *") { n in String(repeating: "*", count: n) + "字\n" },
        Shape(name: "*a ** alternation") { n in String(repeating: "*a **", count: n / 5) + "\n" },
        Shape(name: "run of [") { n in String(repeating: "[", count: n) + "字\n" },
        Shape(name: "[a]( unclosed links") { n in String(repeating: "[a](", count: n / 4) + "\n" },
        Shape(name: "run of ` in text") { n in "字" + String(repeating: "`a", count: n / 2) + "\n" },
        Shape(name: "<a unclosed autolinks/html") { n in String(repeating: "<a ", count: n / 3) + "\n" },
        Shape(name: "[^ footnote refs") { n in String(repeating: "字[^", count: n / 3) + "\n" },
        Shape(name: "lines of > (one quote)") { n in String(repeating: "> 行\n", count: n / 4) },
    ]

    static let sizes = [100_000, 200_000, 400_000, 800_000, 1_600_000]

    static func run(runs: Int) {
        print("newsreader-bench pathological: sizes \(sizes.map(String.init).joined(separator: ", ")) characters, median of \(runs) runs")
        var table = TextTable(["shape"] + sizes.map { "\($0 / 1000)k ms" } + ["×2 ratio"])
        for shape in shapes {
            var medians: [Double] = []
            for size in sizes {
                let text = "---\ntitle: 病态输入\ndate: 2025-01-01\n---\n\n" + shape.body(size)
                medians.append(Timing.median((0..<runs).map { _ in parseAndRender(text) }))
            }
            // Near-linear: doubling the input about doubles the time (ratio ≈ 2; 4 would be quadratic).
            let ratios = zip(medians.dropFirst(), medians).map { $0 / max($1, 1e-9) }
            table.add([shape.name] + medians.map { Report.fixed($0 * 1000, 1) } + [Report.fixed(ratios.max() ?? 0, 2) + " max"])
        }
        print("""

            Parse + render (ArticleParser.parse, then DocumentRenderer(width: 80).render), one core
              method: each shape's body built at each size (characters of Markdown), under a small front
              matter; wall time of parse + render, median of the runs; "×2 ratio" is the largest
              time(2n) / time(n): about 2 means linear, 4 quadratic.
            \(table.rendered)
            """)
    }

    private static func parseAndRender(_ text: String) -> Double {
        Timing.measure {
            let article = ArticleParser.parse(data: Data(text.utf8), path: "hostile.md", id: ArticleID("hostile"),
                                              modificationDate: Date(timeIntervalSince1970: 0))
            return DocumentRenderer(width: 80).render(article).plainLines.count
        }.seconds
    }
}
