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
        var widthLabel: String
        /// Characters wrapped per run (summed over widths for the sweep).
        var characters: Int
        var lines: Int
        var runSeconds: [Double]
        /// Lines wider than the width, starting with closing or ending with opening punctuation.
        var violations: Int
        /// Violations per width, for the sweep.
        var violationsByWidth: [Int: Int] = [:]
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
        // One untimed pass first: builds the width table, opens ICU's iterator, grows the heap.
        _ = corpus.map { Wrapper(width: 60).wrap($0) }
        var rows: [Row] = []
        for width in [40, 80] {
            rows.append(measure(corpus, characters: total, width: width, label: "\(corpus.count) paragraphs"))
        }
        rows.append(measure(huge, characters: hugeCount, width: 80, label: "1 paragraph"))
        rows.append(sweep(Array(corpus.prefix(200)), widths: 8...200))
        return rows
    }

    /// Every width of `widths` once over `paragraphs`: the rule check the issue asks for at all
    /// widths, timed as one run.
    private func sweep(_ paragraphs: [[StyledSpan]], widths: ClosedRange<Int>) -> Row {
        let characters = paragraphs.reduce(0) { sum, spans in sum + spans.reduce(0) { $0 + $1.text.count } }
        var quality = Quality()
        var seconds = 0.0
        for width in widths {
            let wrapper = Wrapper(width: width)
            let before = Self.threadCPUSeconds()
            let wrapped = paragraphs.map { wrapper.wrap($0) }
            seconds += Self.threadCPUSeconds() - before
            quality.add(wrapped, width: width)
        }
        return Row(label: "\(paragraphs.count) paragraphs", widthLabel: "\(widths.lowerBound)…\(widths.upperBound)",
                   characters: characters * widths.count, lines: quality.lines, runSeconds: [seconds],
                   violations: quality.violations, violationsByWidth: quality.byWidth, meanFill: quality.meanFill)
    }

    /// Rule violations and fill of wrapped paragraphs.
    private struct Quality {
        static let closing = Set("，。、；：？！）」』】》〉”’"), opening = Set("（「『【《〈“‘")
        var lines = 0, violations = 0, filled = 0.0, fillCount = 0
        var byWidth: [Int: Int] = [:]

        var meanFill: Double { fillCount > 0 ? filled / Double(fillCount) : 1 }

        mutating func add(_ wrapped: [WrappedParagraph], width: Int) {
            for paragraph in wrapped {
                lines += paragraph.lines.count
                for (index, line) in paragraph.lines.enumerated() {
                    let text = line.line.text
                    let isLast = index + 1 == paragraph.lines.count
                    var broken = line.width > width ? 1 : 0
                    if index > 0, let first = text.first, Self.closing.contains(first) { broken += 1 }
                    if !isLast, let last = text.last, Self.opening.contains(last) { broken += 1 }
                    if broken > 0 {
                        violations += broken
                        byWidth[width, default: 0] += broken
                    }
                    if !isLast {
                        filled += Double(line.width) / Double(width)
                        fillCount += 1
                    }
                }
            }
        }
    }

    private func measure(_ paragraphs: [[StyledSpan]], characters: Int, width: Int, label: String) -> Row {
        let wrapper = Wrapper(width: width)
        var times: [Double] = []
        var wrapped: [WrappedParagraph] = []
        for _ in 0..<runs {
            wrapped = []  // free the previous run's lines outside the timed part
            let before = Self.threadCPUSeconds()
            wrapped = paragraphs.map { wrapper.wrap($0) }
            times.append(Self.threadCPUSeconds() - before)
        }
        var quality = Quality()
        quality.add(wrapped, width: width)
        return Row(label: label, widthLabel: "\(width)", characters: characters, lines: quality.lines, runSeconds: times,
                   violations: quality.violations, violationsByWidth: quality.byWidth, meanFill: quality.meanFill)
    }

    /// CPU time this thread has used: unlike wall time, it does not count the time the thread
    /// waited for a core, so the figure holds on a machine busy with other work.
    static func threadCPUSeconds() -> Double {
        var now = timespec()
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &now)
        return Double(now.tv_sec) + Double(now.tv_nsec) * 1e-9
    }

    /// Sentences of clauses (Han phrases, paired marks, Latin names with or without spaces,
    /// numbers with units) joined by clause marks, ended by a sentence mark and sometimes by
    /// footnote markers (separate `.marker` spans, one or two in a row, as FORMAT.md describes).
    static func paragraph(characters: Int, random: inout SplitMix64) -> [StyledSpan] {
        var spans: [StyledSpan] = []
        var text = "", pending = 0, count = 0
        func flush() {
            if !text.isEmpty { spans.append(StyledSpan(text)) }
            count += pending
            text = ""; pending = 0
        }
        func add(_ piece: String) {
            text += piece
            pending += piece.count
        }
        while count + pending < characters {
            for clause in 0..<random.int(in: 1...4) {
                if clause > 0 { add(String(random.element(of: CharacterPools.clauseMarks))) }
                for _ in 0..<random.int(in: 1...3) {
                    switch random.below(10) {
                    case 0:
                        let pair = random.element(of: CharacterPools.pairedMarks)
                        add(pair.open + phrase(random.int(in: 2...8), &random) + pair.close)
                    case 1:
                        let name = random.element(of: CharacterPools.latinNames)
                        add(random.chance(0.5) ? " \(name) " : name)
                    case 2: add("\(random.int(in: 2...2025))" + random.element(of: CharacterPools.numberUnits))
                    default: add(phrase(random.int(in: 2...12), &random))
                    }
                }
            }
            add(String(random.element(of: CharacterPools.sentenceMarks)))
            if random.chance(0.3) {
                flush()
                for _ in 0..<random.int(in: 1...2) {
                    let marker = "[\(random.int(in: 1...40))]"
                    spans.append(StyledSpan(marker, style: .marker))
                    count += marker.count
                }
            }
            if pending > 256 { flush() }
        }
        flush()
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
                row.label, "\(row.characters)", row.widthLabel, "\(row.lines)", Report.fixed(row.bestSeconds, 3),
                Report.fixed(row.millionCharactersPerSecond, 1), row.runSeconds.map { Report.fixed($0, 3) }.joined(separator: " "),
                "\(row.violations)", Report.fixed(row.meanFill * 100, 1) + "%",
            ])
        }
        let sweep = rows.last.map { row in
            row.violationsByWidth.sorted { $0.key < $1.key }.map { "\($0.key):\($0.value)" }.joined(separator: " ")
        } ?? ""
        return """
            Wrap throughput (LineBreaker + Wrapper, one core)
              method: Wrapper(width:).wrap(_:) called sequentially on the main thread over generated
              Chinese paragraphs (seeded; Han text, full-width marks, paired quotes and brackets, Latin
              names, numbers, footnote marker spans), spans built beforehand; one untimed warm-up pass
              at width 60, then best of 5 runs, each
              timed by the thread's CPU clock (CLOCK_THREAD_CPUTIME_ID, so waiting for a busy core is
              not counted); chars = Swift Characters of the input; M chars/s = chars / best s / 10^6.
              violations: lines wider than the width, starting with closing or ending with opening
              punctuation; mean fill: line width / width over lines that are not a paragraph's last.
              The last row wraps the first 200 paragraphs once at every width 8…200 (chars summed).
            \(table.rendered)
              sweep violations by width (width:count): \(sweep.isEmpty ? "none" : sweep)
            """
    }
}
