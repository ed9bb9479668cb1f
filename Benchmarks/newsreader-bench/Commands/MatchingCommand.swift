import ChineseText
import Foundation

/// `newsreader-bench matching [--tags 10000] [--seed S] [--words 40]`: filtering a picker of
/// distinct Chinese tags as the user types, by characters, full pinyin and initials (issue #17).
enum MatchingCommand {
    static let usage = """
          newsreader-bench matching [--tags 10000] [--seed S] [--words 40]
              picker filtering: prepare --tags distinct generated tags, then type --words of them key by
              key as characters, full pinyin and initials, matching every tag at every key
        """

    /// Runs the command when the arguments name it; false otherwise (main.swift goes on).
    static func handles(_ arguments: [String]) -> Bool {
        guard arguments.first == "matching" else { return false }
        var options = ["--tags": 10_000, "--seed": Int(BenchCommand.defaultSeed), "--words": 40]
        var rest = Array(arguments.dropFirst())
        while rest.count >= 2, options[rest[0]] != nil, let value = Int(rest[1]), value > 0 {
            options[rest[0]] = value
            rest.removeFirst(2)
        }
        guard rest.isEmpty else {
            FileHandle.standardError.write(Data("newsreader-bench: matching: cannot read \(rest.joined(separator: " "))\n\(usage)\n".utf8))
            exit(2)
        }
        run(tagCount: options["--tags"]!, seed: UInt64(options["--seed"]!), words: options["--words"]!)
        return true
    }

    static func run(tagCount: Int, seed: UInt64, words: Int) {
        let tags = generatedTags(tagCount, seed: seed)
        let beforePreparing = WrapThroughput.threadCPUSeconds()
        let terms = tags.map { MatchableTerm($0) }
        let prepareSeconds = WrapThroughput.threadCPUSeconds() - beforePreparing
        var random = SplitMix64(seed: seed, stream: 17)
        let typed = random.distinctElements(words, of: terms)
        var table = TextTable(["typed as", "keystrokes", "median ms", "p95 ms", "max ms", "mean matches"])
        for (label, spelling) in [("characters", characters), ("full pinyin", fullPinyin), ("initials", initials)] {
            var times: [Double] = []
            var matches = 0
            for term in typed {
                let word = spelling(term.text)
                for length in 1...max(1, word.count) {
                    let before = WrapThroughput.threadCPUSeconds()
                    let count = keystroke(String(word.prefix(length)), terms: terms)
                    times.append(WrapThroughput.threadCPUSeconds() - before)
                    matches += count
                }
            }
            let sorted = times.sorted()
            table.add([label, "\(times.count)", Report.fixed(Timing.median(times) * 1000, 3),
                       Report.fixed(sorted[min(sorted.count - 1, sorted.count * 95 / 100)] * 1000, 3),
                       Report.fixed((sorted.last ?? 0) * 1000, 3), "\(matches / max(1, times.count))"])
        }
        print("""
            newsreader-bench matching: seed \(seed), \(tags.count) distinct tags, \(typed.count) of them typed
              method: tags of 2–6 generated Han characters (one in five in Traditional spelling, one in ten
              with a Latin name), prepared once (MatchableTerm: the Han folding table built from OpenCC's
              t2s, ICU pinyin with a per-character cache) in \(Report.fixed(prepareSeconds * 1000, 1)) ms;
              then each typed tag is entered one key
              at a time and at every key the query is prepared (TermQuery) and matched against every tag,
              keeping the matches as a picker does; one core, timed by the thread's CPU clock
              (CLOCK_THREAD_CPUTIME_ID: waiting for a busy core is not counted).
              A frame at 60 Hz is 16.7 ms.
            \(table.rendered)
            """)
    }

    /// Matches `query` against every term; returns how many match.
    private static func keystroke(_ query: String, terms: [MatchableTerm]) -> Int {
        let prepared = TermQuery(query)
        var kept: [(Int, Range<Int>)] = []
        for (index, term) in terms.enumerated() {
            if let range = prepared.match(term) { kept.append((index, range)) }
        }
        return kept.count
    }

    private static func characters(_ tag: String) -> String { tag }

    private static func fullPinyin(_ tag: String) -> String {
        tag.map { PinyinTransliterator.shared.syllable(of: $0) ?? String($0).lowercased() }
            .joined().filter { $0.isASCII && ($0.isLetter || $0.isNumber) }
    }

    private static func initials(_ tag: String) -> String {
        String(tag.compactMap { character -> Character? in
            if let syllable = PinyinTransliterator.shared.syllable(of: character) { return syllable.first }
            return character.isASCII && (character.isLetter || character.isNumber) ? Character(character.lowercased()) : nil
        })
    }

    /// `count` distinct tags: Han words from the generator's pool, some spelled in Traditional
    /// characters (a fixed table of common pairs), some led by a Latin name.
    static func generatedTags(_ count: Int, seed: UInt64) -> [String] {
        var random = SplitMix64(seed: seed, stream: 1_017)
        var seen = Set<String>()
        var tags: [String] = []
        while tags.count < count {
            var tag = String((0..<random.int(in: 2...6)).map { _ in random.element(of: CharacterPools.han) })
            if random.chance(0.2) { tag = String(tag.map { traditional[$0] ?? $0 }) }
            if random.chance(0.1) { tag = random.element(of: CharacterPools.latinNames) + tag }
            if seen.insert(tag).inserted { tags.append(tag) }
        }
        return tags
    }

    /// Simplified → Traditional for some frequent characters of the pool (standard pairs).
    private static let traditional: [Character: Character] = [
        "数": "數", "据": "據", "导": "導", "体": "體", "业": "業", "产": "產", "发": "發", "国": "國",
        "会": "會", "对": "對", "动": "動", "学": "學", "经": "經", "进": "進", "电": "電", "机": "機",
        "实": "實", "现": "現", "与": "與", "关": "關", "开": "開", "长": "長", "资": "資", "场": "場",
    ]
}
