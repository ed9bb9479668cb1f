/// The terms of one taxonomy across a library, merged as Hugo merges them (``TermKey``): each
/// shown in its most used spelling (ties: the spelling seen first), counted once per article.
public struct TermVocabulary: Sendable {
    /// One merged term.
    public struct Entry: Equatable, Sendable {
        public var name: String
        /// Articles carrying the term in any spelling.
        public var count: Int
    }

    /// One term's uses while counting.
    private struct Tally {
        var articles = 0
        var spellingCounts: [String: Int] = [:]
        var firstSeen: [String] = []
    }

    private var spellings: [TermKey: String] = [:]
    /// Every spelling of each term, in the order first seen.
    private var variants: [TermKey: [String]] = [:]
    /// Every spelling the library uses, with the one shown for it: folding (a Foundation call) runs
    /// once per distinct spelling, not once per use.
    private var shownSpelling: [String: String] = [:]
    /// True when some term is written in more than one way, so lists need rewriting.
    public private(set) var hasVariants = false
    /// Merged terms, most used first, then by name.
    public private(set) var entries: [Entry] = []

    /// Counts the terms of each article (one list per article, in the library's order).
    public init<Lists: Sequence>(_ articleTerms: Lists) where Lists.Element == [String] {
        var tallies: [TermKey: Tally] = [:]
        var order: [TermKey] = []
        var keys: [String: TermKey] = [:]
        for terms in articleTerms {
            var keysOfArticle = Set<TermKey>()
            for term in terms {
                let key = keys[term] ?? TermKey(term)
                keys[term] = key
                if tallies[key] == nil {
                    tallies[key] = Tally()
                    order.append(key)
                }
                if tallies[key]!.spellingCounts[term] == nil { tallies[key]!.firstSeen.append(term) }
                tallies[key]!.spellingCounts[term, default: 0] += 1
                if keysOfArticle.insert(key).inserted { tallies[key]!.articles += 1 }
            }
        }
        for key in order {
            let tally = tallies[key]!
            // The most used spelling; of equally used ones, the first seen (a strict `>` keeps it).
            var best = tally.firstSeen[0]
            for spelling in tally.firstSeen.dropFirst() where tally.spellingCounts[spelling]! > tally.spellingCounts[best]! {
                best = spelling
            }
            spellings[key] = best
            variants[key] = tally.firstSeen
            for spelling in tally.firstSeen { shownSpelling[spelling] = best }
            if tally.firstSeen.count > 1 { hasVariants = true }
            entries.append(Entry(name: best, count: tally.articles))
        }
        entries.sort { $0.count != $1.count ? $0.count > $1.count : $0.name < $1.name }
    }

    /// The spelling shown for `term` (the term itself when the library never uses it).
    public func spelling(of term: String) -> String {
        shownSpelling[term] ?? spellings[TermKey(term)] ?? term
    }

    /// Every spelling the library uses for `term` (for matching stored text); `[term]` when none.
    public func variants(of term: String) -> [String] {
        variants[TermKey(term)] ?? [term]
    }

    /// `terms` in their shown spellings, each merged term once, in the order written.
    public func spellings(of terms: [String]) -> [String] {
        var seen = Set<String>()
        return terms.map(spelling(of:)).filter { seen.insert($0).inserted }
    }
}
