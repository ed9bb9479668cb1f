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
        self.init(numbering: numbering, uses: uses) { visit in
            var start = 0
            for (article, end) in ends.enumerated() {
                for number in flat[start..<end] { visit(article, Int(number)) }
                start = end
            }
        }
    }

    /// Counts terms already numbered: `spellings[n]` is spelling `n`; `numbers` holds every
    /// article's spelling numbers end to end, in the library's order, and `articleEnds` where
    /// each article's run ends. Only the distinct spellings are hashed (a listing read from the
    /// index numbered them once), and the runs are read where they lie, twice, rather than
    /// copied (at 100k articles the copies were a few MB of a launch's peak memory). Not
    /// generic: called across modules, a generic loop over 100k articles ran unspecialised,
    /// looking up type metadata at every step.
    public init(spellings: [String], articleEnds: [Int32], numbers: [Int32]) {
        var numbering = SpellingNumbering()
        // Renumbered in the order first seen in `articles`: of equally used spellings, that one shows.
        var renumbered = [Int](repeating: -1, count: spellings.count)
        var uses: [Int] = []
        // Calls `visit` with each article's distinct spellings, numbered by `spelling` (a
        // spelling listed twice in one article counts once).
        func forEachDistinct(spelling: (Int32) -> Int, _ visit: (_ article: Int, _ spelling: Int) -> Void) {
            var run = 0
            for (article, end) in articleEnds.enumerated() {
                for index in run..<Int(end) {
                    let number = spelling(numbers[index])
                    if !numbers[run..<index].contains(where: { renumbered[Int($0)] == number }) { visit(article, number) }
                }
                run = Int(end)
            }
        }
        forEachDistinct(spelling: { given in
            if renumbered[Int(given)] < 0 {
                let number = numbering.number(of: spellings[Int(given)])
                renumbered[Int(given)] = number
                if number == uses.count { uses.append(0) }
            }
            return renumbered[Int(given)]
        }) { _, number in
            uses[number] += 1
        }
        self.init(numbering: numbering, uses: uses) { visit in
            forEachDistinct(spelling: { renumbered[Int($0)] }, visit)
        }
    }

    /// Merges numbered spellings: `uses` is how many articles use each spelling, and
    /// `articles` calls its argument with each article's number and each of its spellings'.
    private init(numbering: SpellingNumbering, uses: [Int], articles: ((_ article: Int, _ spelling: Int) -> Void) -> Void) {
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
        let termOfSpelling = termOfSpelling
        articles { article, spelling in
            let term = termOfSpelling[spelling]
            if countedIn[term] != article {
                countedIn[term] = article
                articleCounts[term] += 1
            }
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
