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

    public init(_ text: String, folder: ScriptFolder = .shared) {
        self.text = text
        scalars = folder.fold(text).lowercased().unicodeScalars.map(\.value)
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
        let units = term.units
        // failed[unit * (keys.count + 1) + key]: spelling keys[key...] from units[unit...] failed.
        var failed = [Bool](repeating: false, count: (units.count + 1) * (keys.count + 1))
        for start in units.indices where units[start].first == keys[0] {
            if let end = spell(from: start, key: 0, units: units, keys: keys, failed: &failed) {
                return start..<end
            }
        }
        return nil
    }

    /// Spells `keys[key...]` with units from `unit` on, each unit taking a non-empty beginning of
    /// its letters, longest first; skippable units in between cost nothing. Returns the offset
    /// just after the last unit used.
    private func spell(from unit: Int, key: Int, units: [[UInt8]], keys: [UInt8], failed: inout [Bool]) -> Int? {
        if key == keys.count { return unit }
        if unit == units.count { return nil }
        let memo = unit * (keys.count + 1) + key
        if failed[memo] { return nil }
        let letters = units[unit]
        if letters.isEmpty {
            if let end = spell(from: unit + 1, key: key, units: units, keys: keys, failed: &failed) { return end }
        } else {
            var common = 0
            while common < letters.count, key + common < keys.count, letters[common] == keys[key + common] {
                common += 1
            }
            var taken = common
            while taken > 0 {
                if let end = spell(from: unit + 1, key: key + taken, units: units, keys: keys, failed: &failed) {
                    return end
                }
                taken -= 1
            }
        }
        failed[memo] = true
        return nil
    }
}
