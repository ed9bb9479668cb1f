/// The kinds of bad file that `--malformed K` adds, cycled in this order.
enum MalformedKind: String, CaseIterable {
    case invalidUTF8 = "invalid-utf8"
    case binaryJunk = "binary-junk"
    case empty
    case unterminatedFrontMatter = "unterminated-front-matter"
    case brokenYAML = "broken-yaml"
    case undefinedReference = "undefined-reference"
}

/// Writes bad files: each must be reported by the reader, never crash it (FORMAT.md, "Citations";
/// DESIGN.md, "Parse": a UTF-8 failure is a reported problem).
enum MalformedWriter {
    /// The relative path and bytes of bad file number `number` (0-based) of the library from `seed`.
    static func file(number: Int, seed: UInt64) -> (relativePath: String, bytes: [UInt8]) {
        let kind = MalformedKind.allCases[number % MalformedKind.allCases.count]
        // Streams far above any article index, so bad files never change the articles.
        let stream = (1 << 48) + number
        var writer = ArticleWriter(seed: seed, index: stream)
        var parts = writer.write()
        var random = SplitMix64(seed: seed, stream: UInt64(stream) + 1)
        let path = "\(parts.plan.date.folder)/malformed-\(number)-\(kind.rawValue).md"
        switch kind {
        case .invalidUTF8:
            var bytes = Array(parts.text.utf8)
            // A lone continuation byte, a truncated 3-byte sequence, and bytes UTF-8 never uses.
            let insertion = bytes.count / 2 + random.below(bytes.count / 4)
            bytes.insert(contentsOf: [0x80, 0xE6, 0x95, 0xFF, 0xFE, 0xC0], at: insertion)
            return (path, bytes)
        case .binaryJunk:
            return (path, random.bytes(random.int(in: 2048...8192)))
        case .empty:
            return (path, [])
        case .unterminatedFrontMatter:
            var frontMatter = parts.frontMatter
            frontMatter.removeLast("---\n".count)
            return (path, Array((frontMatter + "\n" + parts.body + parts.citations).utf8))
        case .brokenYAML:
            // An unclosed flow list and an unclosed quote: Yams must reject the block.
            let broken = "---\ntitle: \"\(parts.fields.title)\ndate: \(parts.plan.date.frontMatterTimestamp)\n"
                + "tags: [\(parts.fields.tags.joined(separator: ", "))\n  main_topics: - 未闭合\n---\n"
            return (path, Array((broken + "\n" + parts.body + parts.citations).utf8))
        case .undefinedReference:
            parts.body += "这一段引用了一个不存在的脚注。[^99]\n\n"
            return (path, Array(parts.text.utf8))
        }
    }
}
