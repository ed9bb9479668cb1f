/// What the user typed into a filter, prepared to match ``MatchableTerm``s.
///
/// A term matches when the query appears in it as characters (script-blind and case-blind:
/// `數據` finds `数据`), or when the query spells a run of its characters in pinyin, each
/// character by its full syllable or any beginning of it: `shuju`, `sjzl`, `shujzl` all find
/// `数据中立性`. Spaces and apostrophes in a pinyin query are ignored (`xi'an`, `ban dao ti`).
public struct TermQuery: Sendable {
    /// The query as typed.
    public let text: String
    private let scalars: [UInt32]
    /// The query as pinyin keys, when it is only letters, digits, spaces and apostrophes.
    private let keys: [UInt8]?
    private let keyMask: UInt64

    public init(_ text: String, folding: HanFolding = .shared) {
        self.text = text
        scalars = folding.fold(text).lowercased().unicodeScalars.map(\.value)
        var keys: [UInt8] = []
        var isPinyin = true
        for byte in text.utf8 where byte != 0x20 && byte != 0x27 {
            guard PinyinKey.isKey(byte) else {
                isPinyin = false
                break
            }
            keys.append(PinyinKey.lowered(byte))
        }
        self.keys = isPinyin && !keys.isEmpty ? keys : nil
        keyMask = keys.reduce(0) { $0 | PinyinKey.bit($1) }
    }

    /// True for an empty query, which matches everything with no range.
    public var isEmpty: Bool { scalars.isEmpty }

    /// Where `term` matches: a range of `Character` offsets into `term.text` (for highlighting),
    /// or nil when it does not. An empty query matches at `0..<0`.
    public func match(_ term: MatchableTerm) -> Range<Int>? {
        if scalars.isEmpty { return 0..<0 }
        if let range = characterMatch(term) { return range }
        return pinyinMatch(term)
    }

    // MARK: - Characters

    private func characterMatch(_ term: MatchableTerm) -> Range<Int>? {
        let haystack = term.scalars
        guard haystack.count >= scalars.count else { return nil }
        let first = scalars[0]
        for start in 0...(haystack.count - scalars.count) where haystack[start] == first {
            var offset = 1
            while offset < scalars.count, haystack[start + offset] == scalars[offset] { offset += 1 }
            if offset == scalars.count {
                return term.scalarCharacter[start]..<(term.scalarCharacter[start + scalars.count - 1] + 1)
            }
        }
        return nil
    }

    // MARK: - Pinyin

    private func pinyinMatch(_ term: MatchableTerm) -> Range<Int>? {
        guard let keys, keyMask & ~term.letterMask == 0, term.initialMask & PinyinKey.bit(keys[0]) != 0 else {
            return nil
        }
        let unitCount = term.unitStarts.count - 1
        if keys.count == 1 {
            // One key is an initial, and `initialMask` says some unit starts with it.
            let starts = term.unitStarts
            guard let unit = (0..<unitCount).first(where: { starts[$0] < starts[$0 + 1] && term.letters[starts[$0]] == keys[0] })
            else { return nil }
            return term.unitCharacters[unit]..<term.unitCharacters[unit + 1]
        }
        return term.letters.withUnsafeBufferPointer { letters in
            term.unitStarts.withUnsafeBufferPointer { starts in
                keys.withUnsafeBufferPointer { keys in
                    // failed[unit * (keys.count + 1) + key] != 0: spelling keys[key...] from
                    // units[unit...] is known to fail. On the stack: this runs for thousands of
                    // terms at every keystroke.
                    withUnsafeTemporaryAllocation(of: UInt8.self, capacity: (unitCount + 1) * (keys.count + 1)) { failed in
                        failed.initialize(repeating: 0)
                        let speller = Speller(letters: letters, starts: starts, keys: keys, failed: failed)
                        for start in 0..<unitCount where starts[start] < starts[start + 1] && letters[starts[start]] == keys[0] {
                            if let end = speller.spell(from: start, key: 0) {
                                return term.unitCharacters[start]..<term.unitCharacters[end]
                            }
                        }
                        return nil
                    }
                }
            }
        }
    }
}

/// The search behind a pinyin match, over one term's units.
private struct Speller {
    let letters: UnsafeBufferPointer<UInt8>
    let starts: UnsafeBufferPointer<Int>
    let keys: UnsafeBufferPointer<UInt8>
    let failed: UnsafeMutableBufferPointer<UInt8>

    /// Spells `keys[key...]` with units from `unit` on, each unit taking a non-empty beginning of
    /// its letters, longest first; skippable units in between cost nothing. Returns the offset
    /// just after the last unit used.
    func spell(from unit: Int, key: Int) -> Int? {
        if key == keys.count { return unit }
        if unit == starts.count - 1 { return nil }
        let memo = unit * (keys.count + 1) + key
        if failed[memo] != 0 { return nil }
        let first = starts[unit], end = starts[unit + 1]
        if first == end {
            if let found = spell(from: unit + 1, key: key) { return found }
        } else {
            var common = 0
            while first + common < end, key + common < keys.count, letters[first + common] == keys[key + common] {
                common += 1
            }
            var taken = common
            while taken > 0 {
                if let found = spell(from: unit + 1, key: key + taken) { return found }
                taken -= 1
            }
        }
        failed[memo] = 1
        return nil
    }
}
