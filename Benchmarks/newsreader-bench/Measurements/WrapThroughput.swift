import Foundation
import NewsCore

/// Single-core throughput and quality of ``Wrapper`` on generated Chinese prose with Latin
/// names, numbers, paired marks and footnote markers.
struct WrapThroughput {
    var runs = 5
    /// Characters of paragraph text in the corpus (about 4 MB of UTF-8).
    var corpusCharacters = 1_500_000
    /// Characters of the single huge paragraph (the near-linear check).
    var hugeCharacters = 400_000

    /// One width's figures.
    struct Row {
        var label: String
        var width: Int
        var characters: Int
        var lines: Int
        var runSeconds: [Double]
        /// Lines wider than the width, starting with closing or ending with opening punctuation.
        var violations: Int
        /// Mean of (line width / width) over lines that end at a soft break (not a paragraph's last).
        var meanFill: Double

        var bestSeconds: Double { runSeconds.min() ?? 0 }
        var millionCharactersPerSecond: Double { bestSeconds > 0 ? Double(characters) / bestSeconds / 1e6 : 0 }
    }

    /// Generates the corpus (seeded) and measures it at widths 40 and 80.
    func measure(seed: UInt64) -> [Row] {
        var random = SplitMix64(seed: seed, stream: 0x57A9)
        var corpus: [[StyledSpan]] = []
        var total = 0
        while total < corpusCharacters {
            let paragraph = Self.paragraph(characters: random.int(in: 80...1_200), random: &random)
            total += paragraph.reduce(0) { $0 + $1.text.count }
            corpus.append(paragraph)
        }
        let huge = [Self.paragraph(characters: hugeCharacters, random: &random)]
        let hugeCount = huge[0].reduce(0) { $0 + $1.text.count }
        var rows: [Row] = []
        for width in [40, 80] {
            rows.append(measure(corpus, characters: total, width: width, label: "\(corpus.count) paragraphs"))
        }
        rows.append(measure(huge, characters: hugeCount, width: 80, label: "1 paragraph"))
        return rows
    }

    private func measure(_ paragraphs: [[StyledSpan]], characters: Int, width: Int, label: String) -> Row {
        let wrapper = Wrapper(width: width)
        var times: [Double] = []
        var wrapped: [WrappedParagraph] = []
        for _ in 0..<runs {
            let before = Self.threadCPUSeconds()
            wrapped = paragraphs.map { wrapper.wrap($0) }
            times.append(Self.threadCPUSeconds() - before)
        }
        let closing = Set("，。、；：？！）」』】》〉”’"), opening = Set("（「『【《〈“‘")
        var violations = 0, lines = 0, filled = 0.0, fillCount = 0
        for paragraph in wrapped {
            lines += paragraph.lines.count
            for (index, line) in paragraph.lines.enumerated() {
                let text = line.line.text
                if line.width > width { violations += 1 }
                if index > 0, let first = text.first, closing.contains(first) { violations += 1 }
                if index + 1 < paragraph.lines.count, let last = text.last, opening.contains(last) { violations += 1 }
                if index + 1 < paragraph.lines.count {
                    filled += Double(line.width) / Double(width)
                    fillCount += 1
                }
            }
        }
        return Row(label: label, width: width, characters: characters, lines: lines, runSeconds: times,
                   violations: violations, meanFill: fillCount > 0 ? filled / Double(fillCount) : 1)
    }

    /// CPU time this thread has used: unlike wall time, it does not count the time the thread
    /// waited for a core, so the figure holds on a machine busy with other work.
    static func threadCPUSeconds() -> Double {
        var now = timespec()
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &now)
        return Double(now.tv_sec) + Double(now.tv_nsec) * 1e-9
    }

    /// Han phrases with clause and sentence marks, paired marks, Latin names, numbers and
    /// footnote markers (separate `.marker` spans), no spaces against Han text (FORMAT.md).
    static func paragraph(characters: Int, random: inout SplitMix64) -> [StyledSpan] {
        var spans: [StyledSpan] = []
        var text = ""
        var count = 0
        while count < characters {
            switch random.below(24) {
            case 0:
                let pair = random.element(of: CharacterPools.pairedMarks)
                text += pair.open + phrase(random.int(in: 2...8), &random) + pair.close
            case 1: text += " " + random.element(of: CharacterPools.latinNames) + " "
            case 2: text += "\(random.int(in: 2...2025))" + random.element(of: CharacterPools.numberUnits)
            case 3:
                spans.append(StyledSpan(text))
                spans.append(StyledSpan("[\(random.int(in: 1...40))]", style: .marker))
                count += text.count + 4
                text = ""
            case 4...7: text.append(random.element(of: CharacterPools.clauseMarks))
            case 8...9: text.append(random.element(of: CharacterPools.sentenceMarks))
            default: text += phrase(random.int(in: 2...10), &random)
            }
            if text.count > 256 {
                count += text.count
                spans.append(StyledSpan(text))
                text = ""
            }
        }
        if !text.isEmpty { spans.append(StyledSpan(text)) }
        return spans
    }

    private static func phrase(_ length: Int, _ random: inout SplitMix64) -> String {
        String((0..<length).map { _ in random.element(of: CharacterPools.han) })
    }

    /// The report section: the method, then one row per measurement.
    static func report(_ rows: [Row]) -> String {
        var table = TextTable(["input", "chars", "width", "lines", "best CPU s", "M chars/s", "runs CPU s", "violations", "mean fill"])
        for row in rows {
            table.add([
                row.label, "\(row.characters)", "\(row.width)", "\(row.lines)", Report.fixed(row.bestSeconds, 3),
                Report.fixed(row.millionCharactersPerSecond, 1), row.runSeconds.map { Report.fixed($0, 3) }.joined(separator: " "),
                "\(row.violations)", Report.fixed(row.meanFill * 100, 1) + "%",
            ])
        }
        return """
            Wrap throughput (LineBreaker + Wrapper, one core)
              method: Wrapper(width:).wrap(_:) called sequentially on the main thread over generated
              Chinese paragraphs (seeded; Han text, full-width marks, paired quotes and brackets, Latin
              names, numbers, footnote marker spans), spans built beforehand; best of 5 runs, each
              timed by the thread's CPU clock (CLOCK_THREAD_CPUTIME_ID, so waiting for a busy core is
              not counted); chars = Swift Characters of the input; M chars/s = chars / best s / 10^6.
              violations: lines wider than the width, starting with closing or ending with opening
              punctuation; mean fill: line width / width over lines that are not a paragraph's last.
            \(table.rendered)
            """
    }
}
