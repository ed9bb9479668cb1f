/// The terms of one taxonomy across a library, merged as Hugo merges them (``TermKey``): each
/// shown in its most used spelling (ties: the spelling seen first), counted once per article.
///
/// Built at every launch over every article's tags, so it works on numbers: each distinct
/// spelling is numbered once by its UTF-8 bytes (Swift hashes a non-ASCII `String` through its
/// normalized form, which cost ten times more), and folded once (a Foundation call).
public struct TermVocabulary: Sendable {
    /// One merged term.
    public struct Entry: Equatable, Sendable {
        public var name: String
        /// Articles carrying the term in any spelling.
        public var count: Int
    }

    /// Distinct spellings, numbered in the order first seen.
    private var numbering = SpellingNumbering()
    /// For each spelling number, the number of its merged term.
    private var termOfSpelling: [Int] = []
    /// For each merged term: its spellings (first seen first) and the one shown.
    private var termSpellings: [[Int]] = []
    private var shownSpelling: [Int] = []
    private var termByKey: [TermKey: Int] = [:]
    /// True when some term is written in more than one way, so lists need rewriting.
    public private(set) var hasVariants = false
    /// Merged terms, most used first, then by name.
    public private(set) var entries: [Entry] = []

    /// Counts the terms of each article (one list per article, in the library's order).
    public init<Lists: Sequence>(_ articleTerms: Lists) where Lists.Element == [String] {
        // Each article's distinct spelling numbers, end to end in one array (no array per article).
        var numbering = SpellingNumbering()
        var flat: [Int32] = []
        var ends: [Int] = []
        var uses: [Int] = []
        for terms in articleTerms {
            let start = flat.count
            for term in terms {
                let number = numbering.number(of: term)
                if number == uses.count { uses.append(0) }
                if !flat[start...].contains(Int32(number)) {
                    flat.append(Int32(number))
                    uses[number] += 1
                }
            }
            ends.append(flat.count)
        }
        self.init(numbering: numbering, flat: flat, ends: ends, uses: uses)
    }

    /// Counts terms already numbered: `spellings[n]` is spelling `n`; `numbers` holds every
    /// article's spelling numbers end to end, in the library's order, and `articleEnds` where
    /// each article's run ends. Only the distinct spellings are hashed (a listing read from the
    /// index numbered them once). Not generic: called across modules, a generic loop over 100k
    /// articles ran unspecialised, looking up type metadata at every step.
    public init(spellings: [String], articleEnds: [Int32], numbers: [Int32]) {
        var numbering = SpellingNumbering()
        // Renumbered in the order first seen in `articles`: of equally used spellings, that one shows.
        var renumbered = [Int](repeating: -1, count: spellings.count)
        var flat: [Int32] = []
        var ends: [Int] = []
        var uses: [Int] = []
        var run = 0
        for end in articleEnds {
            let start = flat.count
            for given in numbers[run..<Int(end)] {
                var number = renumbered[Int(given)]
                if number < 0 {
                    number = numbering.number(of: spellings[Int(given)])
                    renumbered[Int(given)] = number
                    if number == uses.count { uses.append(0) }
                }
                if !flat[start...].contains(Int32(number)) {
                    flat.append(Int32(number))
                    uses[number] += 1
                }
            }
            run = Int(end)
            ends.append(flat.count)
        }
        self.init(numbering: numbering, flat: flat, ends: ends, uses: uses)
    }

    /// Merges numbered spellings: `flat` holds each article's distinct numbers, `ends` where
    /// each article's run ends, `uses` how many articles use each spelling.
    private init(numbering: SpellingNumbering, flat: [Int32], ends: [Int], uses: [Int]) {
        self.numbering = numbering
        for spelling in numbering.names {
            let key = TermKey(spelling)
            let term = termByKey[key] ?? termSpellings.count
            if term == termSpellings.count {
                termByKey[key] = term
                termSpellings.append([])
            }
            termSpellings[term].append(termOfSpelling.count)
            termOfSpelling.append(term)
        }
        var articleCounts = [Int](repeating: 0, count: termSpellings.count)
        // The last article that counted each term, so two spellings in one article count once.
        var countedIn = [Int](repeating: -1, count: termSpellings.count)
        var start = 0
        for (article, end) in ends.enumerated() {
            for number in flat[start..<end] {
                let term = termOfSpelling[Int(number)]
                if countedIn[term] != article {
                    countedIn[term] = article
                    articleCounts[term] += 1
                }
            }
            start = end
        }
        // The most used spelling; of equally used ones, the first seen (a strict `>` keeps it).
        shownSpelling = termSpellings.map { spellings in
            spellings.dropFirst().reduce(spellings[0]) { uses[$1] > uses[$0] ? $1 : $0 }
        }
        hasVariants = termSpellings.contains { $0.count > 1 }
        entries = termSpellings.indices.map { Entry(name: numbering.names[shownSpelling[$0]], count: articleCounts[$0]) }
            .sorted { $0.count != $1.count ? $0.count > $1.count : $0.name < $1.name }
    }

    private func term(of spelling: String) -> Int? {
        numbering.knownNumber(of: spelling).map { termOfSpelling[$0] } ?? termByKey[TermKey(spelling)]
    }

    /// The spelling shown for `term` (the term itself when the library never uses it).
    public func spelling(of term: String) -> String {
        self.term(of: term).map { numbering.names[shownSpelling[$0]] } ?? term
    }

    /// Every spelling the library uses for `term` (for matching stored text); `[term]` when none.
    public func variants(of term: String) -> [String] {
        self.term(of: term).map { termSpellings[$0].map { numbering.names[$0] } } ?? [term]
    }

    /// `terms` in their shown spellings, each merged term once, in the order written.
    public func spellings(of terms: [String]) -> [String] {
        var seen: [Int] = []
        var result: [String] = []
        for term in terms {
            guard let number = self.term(of: term) else {
                if !result.contains(term) { result.append(term) }
                continue
            }
            if seen.contains(number) { continue }
            seen.append(number)
            result.append(numbering.names[shownSpelling[number]])
        }
        return result
    }
}

/// Numbers strings in the order first seen, compared and hashed by their UTF-8 bytes.
private struct SpellingNumbering: Sendable {
    private(set) var names: [String] = []
    private var numbers: [UTF8HashedString: Int] = [:]

    mutating func number(of name: String) -> Int {
        let key = UTF8HashedString(name)
        if let known = numbers[key] { return known }
        numbers[key] = names.count
        names.append(name)
        return names.count - 1
    }

    func knownNumber(of name: String) -> Int? {
        numbers[UTF8HashedString(name)]
    }
}
