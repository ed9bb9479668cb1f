/// Writes synthetic Chinese prose: phrases, titles, and paragraphs with emphasis and footnote
/// references placed the way FORMAT.md describes (directly against CJK text, no spaces).
struct ProseWriter {
    var random: SplitMix64
    /// Labels of the footnotes this article defines; references are drawn from them.
    var footnoteLabels: [String] = []
    /// Probability that a sentence ends with footnote references.
    var referenceRate = 0.3

    init(random: SplitMix64) {
        self.random = random
    }

    /// A run of `length` Han characters, sometimes with a Latin name or a number inside.
    mutating func phrase(length: Int) -> String {
        var text = ""
        var count = 0
        while count < length {
            if count > 1, count < length - 2, random.chance(0.04) {
                let fragment = latinFragment()
                text += fragment
                count += fragment.count
            } else {
                text.append(random.element(of: CharacterPools.han))
                count += 1
            }
        }
        return text
    }

    /// A Latin name or a number with its unit: `Scale AI`, `143亿美元`, `49%`.
    mutating func latinFragment() -> String {
        if random.chance(0.5) {
            return random.element(of: CharacterPools.latinNames)
        }
        let number = random.chance(0.3) ? "\(random.int(in: 1...99)).\(random.int(in: 1...9))" : "\(random.int(in: 2...2025))"
        return number + random.element(of: CharacterPools.numberUnits)
    }

    /// A headline: phrases joined by a colon or quotes, 12–40 characters.
    mutating func title() -> String {
        let head = phrase(length: random.int(in: 5...14))
        switch random.below(3) {
        case 0: return head + "：" + phrase(length: random.int(in: 6...16))
        case 1: return head + "“" + phrase(length: random.int(in: 2...6)) + "”" + phrase(length: random.int(in: 3...8))
        default: return random.element(of: CharacterPools.latinNames) + head + phrase(length: random.int(in: 3...10))
        }
    }

    /// One or two sentences for the `summary` field (plain text, no Markdown).
    mutating func summary() -> String {
        let sentences = random.int(in: 1...2)
        return (0..<sentences).map { _ in
            phrase(length: random.int(in: 12...30)) + "，" + phrase(length: random.int(in: 10...28)) + "。"
        }.joined()
    }

    /// A paragraph of about `length` characters: clauses, sentence marks, paired marks, `**bold**`,
    /// `_italic_` and `[^n]` references, all without spaces against the Han text.
    mutating func paragraph(length: Int) -> String {
        var text = ""
        var count = 0
        while count < length {
            let sentence = self.sentence()
            text += sentence.text
            count += sentence.characters
        }
        return text
    }

    /// One sentence and its length in characters (markup excluded).
    private mutating func sentence() -> (text: String, characters: Int) {
        var text = ""
        var characters = 0
        let clauses = random.int(in: 1...4)
        for clause in 0..<clauses {
            let piece = clauseBody()
            text += piece.text
            characters += piece.characters + 1
            text.append(clause == clauses - 1 ? random.element(of: CharacterPools.sentenceMarks) : random.element(of: CharacterPools.clauseMarks))
        }
        if !footnoteLabels.isEmpty, random.chance(referenceRate) {
            // Several references in a row happen (`[^1][^3]`), always glued to the punctuation.
            let referenceCount = random.chance(0.2) ? 2 : 1
            for label in random.distinctElements(referenceCount, of: footnoteLabels) {
                text += "[^\(label)]"
            }
        }
        return (text, characters)
    }

    /// The text of one clause, with at most one decorated span (emphasis or paired marks) inside.
    private mutating func clauseBody() -> (text: String, characters: Int) {
        let before = phrase(length: random.int(in: 3...12))
        let after = phrase(length: random.int(in: 0...8))
        let inner = phrase(length: random.int(in: 2...8))
        let decorated: String
        var extra = inner.count
        switch random.below(10) {
        case 0: decorated = "**" + inner + "**"
        case 1: decorated = "_" + inner + "_"
        case 2:
            // Bold around quotes, the case strict CommonMark misses (FORMAT.md, "Emphasis next to CJK").
            decorated = "**“" + inner + "”**"
            extra += 2
        case 3, 4:
            let marks = random.element(of: CharacterPools.pairedMarks)
            decorated = marks.open + inner + marks.close
            extra += 2
        default: return (before + after, before.count + after.count)
        }
        return (before + decorated + after, before.count + extra + after.count)
    }
}
