import Testing
@testable import NewsCore

/// The YAML fast path must read exactly what Yams reads, and leave to Yams what it cannot.
@Suite("Performance: YAML front matter read without Yams matches Yams")
struct YAMLFastPathEquivalenceTests {
    private static let keys = ["title", "date", "draft", "tags", "main_topics", "summary", "featured-image", "2025", "x"]

    /// Values after `key: `, from ordinary to awkward (typing, indicators, comments, escapes).
    private static let values = [
        "\"数据中立性：一场“超级智能”竞赛\"", "DeepSeek发布新模型", "2025-06-25T09:10:04+08:00", "2025-06-25",
        "\"2025-06-25\"", "true", "false", "no", "~", "null", "1.10", "-5", "-.inf", "0x1F", "12:30",
        "https://example.com/a?b=1", "a b  c", "a: b", "a #b", "a#b", "\"\"", "\"a\\\"b\"", "'single'", "&anchor x",
        "*alias", "!!str true", "|", ">", "- x", "--- x", "[]", "[ ]", "[\"a\", \"b\"]", "[a, b]", "[a, [b]]",
        "[\"a]\"]", "[\"a,b\"]", "[a,]", "[-1, .5]", "{a: 1}", "\"a\" # note", "value ", "%x", "@x", "`x`", "?x",
        "50% off", "C++ & Rust", "yes: no",
    ]

    /// Block list items, after `- `.
    private static let items = ["\"隐私保护\"", "Qualcomm", "ByteDance 生态", "2025", "a: b", "\"x\" y", "- nested", ""]

    @Test("Generated front matter reads the same with and without Yams")
    func generatedFrontMatter() {
        var generator = YAMLTestGenerator(seed: 11)
        var fastCount = 0
        for _ in 0..<1500 {
            let yaml = document(using: &generator)
            if YAMLFastPathReader.read(yaml, firstLine: 2) != nil { fastCount += 1 }
            #expect(YAMLFrontMatterReader.read(yaml, firstLine: 2) == YAMLFrontMatterReader.readWithYams(yaml, firstLine: 2),
                    "\(yaml)")
        }
        // The comparison means something only if the fast path took a good share of documents.
        #expect(fastCount > 100)
    }

    @Test("A typical article's front matter takes the fast path")
    func typicalFrontMatter() {
        let yaml = """
            title: "DeepSeek气处手干全级国满疗同心方"
            date: 2023-03-16T11:30:28+08:00
            draft: true
            tags:
              - "隐私保护"
              - "Qualcomm"
            main_topics: ["人才与组织"]

            """
        #expect(YAMLFastPathReader.read(yaml, firstLine: 2) != nil)
        #expect(YAMLFastPathReader.read(yaml, firstLine: 2) == YAMLFrontMatterReader.readWithYams(yaml, firstLine: 2))
    }

    private func document(using generator: inout YAMLTestGenerator) -> String {
        var lines: [String] = []
        for _ in 0..<Int.random(in: 1...6, using: &generator) {
            let key = Self.keys.randomElement(using: &generator)!
            switch Int.random(in: 0..<10, using: &generator) {
            case 0:
                lines.append("\(key):")
            case 1, 2:
                lines.append("\(key):")
                let indent = String(repeating: " ", count: Int.random(in: 0...2, using: &generator))
                for _ in 0..<Int.random(in: 0...3, using: &generator) {
                    lines.append("\(indent)- \(Self.items.randomElement(using: &generator)!)")
                }
                if Int.random(in: 0..<8, using: &generator) == 0 { lines.append("") }
            default:
                lines.append("\(key): \(Self.values.randomElement(using: &generator)!)")
            }
        }
        return lines.joined(separator: "\n") + (Bool.random(using: &generator) ? "\n" : "")
    }
}

/// SplitMix64, so a failing document can be reproduced.
private struct YAMLTestGenerator: RandomNumberGenerator {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var value = state
        value = (value ^ (value >> 30)) &* 0xBF58_476D_1CE4_E5B9
        value = (value ^ (value >> 27)) &* 0x94D0_49BB_1331_11EB
        return value ^ (value >> 31)
    }
}
