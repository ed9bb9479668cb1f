/// A paragraph prepared for line breaking: its UTF-16 text and, per grapheme cluster (what
/// Swift calls a `Character`), where it starts, how wide it is and its `BreakClass`.
///
/// Everything is indexed by plain `Int` offsets into flat arrays, not `String.Index`, so one
/// paragraph costs a few linear passes. Character offsets (cluster indices) are offsets into the
/// concatenation of the spans' texts, the unit of `WrappedLine.sourceRange`.
struct LineBreakerText {
    /// The spans' texts, concatenated, in UTF-16 (what ICU reads).
    var utf16: [UInt16] = []
    /// Where each span starts in `utf16`, plus the total length at the end.
    var spanStarts: [Int] = []
    /// Where each cluster starts in `utf16`, plus the total length at the end.
    var clusterStarts: [Int32] = []
    /// Display width of each cluster, as `DisplayWidth.of(Character)` measures it.
    var widths: [UInt8] = []
    /// Class bits of each cluster (of its first code point).
    var classes: [BreakClass] = []

    /// Number of clusters (characters).
    var count: Int { widths.count }

    init(_ spans: [StyledSpan]) {
        spanStarts.reserveCapacity(spans.count + 1)
        for span in spans {
            spanStarts.append(utf16.count)
            utf16.append(contentsOf: span.text.utf16)
        }
        spanStarts.append(utf16.count)
        if !measureOneUnitPerCluster() { measureByCharacters(spans.map(\.text).joined()) }
    }

    /// The fast path: when every unit is a standalone BMP code point, cluster *i* is unit *i*
    /// and both its width and class come from one table load. Returns false otherwise.
    private mutating func measureOneUnitPerCluster() -> Bool {
        let table = Kinsoku.basicPlane
        let count = utf16.count
        var widths = [UInt8](repeating: 0, count: count)
        var classes = [BreakClass](repeating: [], count: count)
        let standalone = UInt16(BreakClass.standalone.rawValue)
        let fits = utf16.withUnsafeBufferPointer { units in
            table.withUnsafeBufferPointer { table in
                for index in 0..<count {
                    let entry = table[Int(units[index])]
                    if entry & standalone == 0 { return false }
                    widths[index] = UInt8(truncatingIfNeeded: entry >> 8)
                    classes[index] = BreakClass(rawValue: UInt8(truncatingIfNeeded: entry))
                }
                return true
            }
        }
        guard fits else { return false }
        self.widths = widths
        self.classes = classes
        clusterStarts = (0...Int32(count)).map { $0 }
        return true
    }

    /// The general path: Swift's own grapheme clusters, measured by `DisplayWidth.of(Character)`.
    private mutating func measureByCharacters(_ text: String) {
        widths = []; classes = []; clusterStarts = []
        widths.reserveCapacity(utf16.count)
        classes.reserveCapacity(utf16.count)
        clusterStarts.reserveCapacity(utf16.count + 1)
        var offset: Int32 = 0
        for character in text {
            clusterStarts.append(offset)
            offset += Int32(character.utf16.count)
            widths.append(UInt8(min(DisplayWidth.of(character), 255)))
            let first = character.unicodeScalars.first!
            var bits = first.value <= 0xFFFF
                ? BreakClass(rawValue: UInt8(truncatingIfNeeded: Kinsoku.basicPlane[Int(first.value)]))
                : Kinsoku.classify(first)
            // "\r\n" is one character; it vanishes like a line feed.
            if character == "\r\n" { bits.insert(.vanishing) }
            classes.append(bits)
        }
        clusterStarts.append(offset)
    }

    /// The cluster containing UTF-16 offset `unit`, searching forward from cluster `from`
    /// (callers walk offsets in increasing order, so the whole walk is linear).
    func cluster(containing unit: Int, from: Int) -> Int {
        var index = from
        while index < count && Int(clusterStarts[index + 1]) <= unit { index += 1 }
        return index
    }

    /// The first code unit of cluster `index` (enough to tell `—` from `…`).
    func firstUnit(ofCluster index: Int) -> UInt16 {
        utf16[Int(clusterStarts[index])]
    }
}
