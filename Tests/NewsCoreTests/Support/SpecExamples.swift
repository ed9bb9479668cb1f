import Foundation

/// One example of a spec file: its Markdown, the HTML it must render to, and where it is.
struct SpecExample: Sendable {
    var number: Int
    var section: String
    var markdown: String
    var html: String
}

/// Reads the examples of the CommonMark spec format (`commonmark-spec.txt`,
/// `gfm-extensions-tests.txt`, copied under `Fixtures/Reference`, sources in SOURCES.md).
enum SpecExamples {
    private static let fence = String(repeating: "`", count: 32)

    /// The examples of a fixture file, numbered from 1 in file order.
    static func load(_ name: String) throws -> [SpecExample] {
        guard let url = Bundle.module.url(forResource: name, withExtension: "txt", subdirectory: "Fixtures/Reference") else {
            throw CocoaError(.fileNoSuchFile)
        }
        return parse(try String(contentsOf: url, encoding: .utf8))
    }

    /// Splits a spec text into examples: a fence of 32 backticks plus ` example`, the Markdown,
    /// a line with a single `.`, the HTML, and a closing fence; `→` stands for a tab.
    static func parse(_ text: String) -> [SpecExample] {
        enum State { case prose, markdown, html }
        var examples: [SpecExample] = []
        var state = State.prose
        var section = ""
        var markdown = ""
        var html = ""
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            switch state {
            case .prose:
                if line.hasPrefix(fence + " example") {
                    state = .markdown
                    markdown = ""
                    html = ""
                } else if line.hasPrefix("# ") || line.hasPrefix("## ") {
                    section = line.drop(while: { $0 == "#" }).trimmingCharacters(in: .whitespaces)
                }
            case .markdown:
                if line == "." {
                    state = .html
                } else {
                    markdown += line.replacingOccurrences(of: "→", with: "\t") + "\n"
                }
            case .html:
                if line == fence {
                    state = .prose
                    examples.append(SpecExample(number: examples.count + 1, section: section, markdown: markdown, html: html))
                } else {
                    html += line.replacingOccurrences(of: "→", with: "\t") + "\n"
                }
            }
        }
        return examples
    }
}

/// Which examples render as expected, grouped by section for a readable failure message.
struct ConformanceReport {
    var total = 0
    var passed: [SpecExample] = []
    var failed: [SpecExample] = []

    init(_ examples: [SpecExample], render: (String) -> String) {
        total = examples.count
        for example in examples {
            if Self.normalize(render(example.markdown)) == Self.normalize(example.html) {
                passed.append(example)
            } else {
                failed.append(example)
            }
        }
    }

    var passRate: Double { total == 0 ? 0 : Double(passed.count) / Double(total) }

    /// `passed x/y`, then one line per section with failures: `Section (k failed): 1, 2, 3`.
    var summary: String {
        var lines = ["passed \(passed.count)/\(total)"]
        var order: [String] = []
        var bySection: [String: [Int]] = [:]
        for example in failed {
            if bySection[example.section] == nil { order.append(example.section) }
            bySection[example.section, default: []].append(example.number)
        }
        for section in order {
            let numbers = bySection[section] ?? []
            lines.append("  \(section) (\(numbers.count) failed): " + numbers.map(String.init).joined(separator: ", "))
        }
        return lines.joined(separator: "\n")
    }

    /// Pass counts of the named sections only.
    func passed(inSections sections: Set<String>) -> (passed: Int, total: Int) {
        let passedCount = passed.filter { sections.contains($0.section) }.count
        let failedCount = failed.filter { sections.contains($0.section) }.count
        return (passedCount, passedCount + failedCount)
    }

    /// Trailing whitespace of the whole output is not significant.
    static func normalize(_ html: String) -> String {
        var result = html
        while let last = result.last, last.isWhitespace { result.removeLast() }
        return result
    }
}
