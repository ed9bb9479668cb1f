/// A paragraph prepared for line breaking: its text in UTF-8 (for slicing lines out) and UTF-16
/// (what ICU reads) and, per grapheme cluster (what Swift calls a `Character`), where it starts,
/// how wide it is and its `BreakClass`.
///
/// Everything is indexed by plain `Int` offsets into flat arrays, not `String.Index`, so one
/// paragraph costs a few linear passes. Character offsets (cluster indices) are offsets into the
/// concatenation of the spans' texts, the unit of `WrappedLine.sourceRange`.
struct LineBreakerText {
    /// The spans' texts, concatenated, in UTF-8.
    var utf8: [UInt8] = []
    /// Where each span starts in `utf8`, plus the total length at the end.
    var spanStarts: [Int] = []
    /// The same text in UTF-16.
    var utf16: [UInt16] = []
    /// Where each cluster starts in `utf8`, plus the total length at the end.
    var clusterStarts: [Int32] = []
    /// Where each cluster starts in `utf16`, plus the total length; `nil` when cluster *i* is
    /// UTF-16 unit *i* (the fast path).
    var clusterStartsUTF16: [Int32]?
    /// Display width of each cluster, as `DisplayWidth.of(Character)` measures it.
    var widths: [UInt8] = []
    /// Class bits of each cluster (of its first code point).
    var classes: [BreakClass] = []

    /// Number of clusters (characters).
    var count: Int { widths.count }

    init(_ spans: [StyledSpan]) {
        spanStarts.reserveCapacity(spans.count + 1)
        for span in spans {
            spanStarts.append(utf8.count)
            utf8.append(contentsOf: span.text.utf8)
        }
        spanStarts.append(utf8.count)
        if !measureOneUnitPerCluster() { measureByCharacters(spans.map(\.text).joined()) }
    }

    /// The fast path: when every code point is a standalone BMP one, each is its own cluster and
    /// its width and class come from one table load, in one pass over the UTF-8 bytes (valid,
    /// since they come from Swift strings). Returns false, having changed nothing, otherwise.
    private mutating func measureOneUnitPerCluster() -> Bool {
        // One cluster per code point here, and code points are the bytes that are not UTF-8
        // continuation bytes; the arrays are filled without being zeroed first (both showed up
        // in profiles: sizing by bytes tripled the memory touched for Chinese text).
        let capacity = utf8.withUnsafeBufferPointer { bytes in
            // Branch-free and wrapping, so the compiler vectorizes it; 1 for bytes 0b10xxxxxx.
            var continuation = 0
            for byte in bytes { continuation &+= Int(((byte &>> 7) & ~(byte &>> 6)) & 1) }
            return bytes.count &- continuation
        }
        var count: Int?
        var starts: [Int32] = [], widths: [UInt8] = [], classes: [BreakClass] = []
        let units = [UInt16](unsafeUninitializedCapacity: capacity) { units, unitCount in
            starts = [Int32](unsafeUninitializedCapacity: capacity + 1) { starts, startCount in
                widths = [UInt8](unsafeUninitializedCapacity: capacity) { widths, widthCount in
                    classes = [BreakClass](unsafeUninitializedCapacity: capacity) { classes, classCount in
                        count = utf8.withUnsafeBufferPointer { bytes in
                            Self.decode(bytes, into: units, starts, widths, classes)
                        }
                        classCount = count ?? 0
                        widthCount = count ?? 0
                        startCount = count.map { $0 + 1 } ?? 0
                    }
                }
            }
            unitCount = count ?? 0
        }
        guard count != nil else { return false }
        (utf16, clusterStarts, self.widths, self.classes) = (units, starts, widths, classes)
        clusterStartsUTF16 = nil
        return true
    }

    /// Decodes valid UTF-8 into per-code-point units, start offsets, widths and classes;
    /// `nil` at the first code point outside the BMP or not standalone.
    private static func decode(_ bytes: UnsafeBufferPointer<UInt8>, into units: UnsafeMutableBufferPointer<UInt16>,
                               _ starts: UnsafeMutableBufferPointer<Int32>, _ widths: UnsafeMutableBufferPointer<UInt8>,
                               _ classes: UnsafeMutableBufferPointer<BreakClass>) -> Int? {
        let standalone = UInt16(BreakClass.standalone.rawValue)
        let ideograph = Kinsoku.uniformIdeographEntry
        return Kinsoku.basicPlane.withUnsafeBufferPointer { table in
            var offset = 0, index = 0
            while offset < bytes.count {
                // (`units` and the others hold one element per code point, as counted by the caller.)
                let lead = UInt32(bytes[offset])
                let scalar: UInt32, length: Int
                if lead < 0x80 {
                    scalar = lead; length = 1
                } else if lead < 0xE0 {
                    scalar = (lead & 0x1F) << 6 | UInt32(bytes[offset + 1] & 0x3F); length = 2
                } else if lead < 0xF0 {
                    scalar = (lead & 0x0F) << 12 | UInt32(bytes[offset + 1] & 0x3F) << 6 | UInt32(bytes[offset + 2] & 0x3F)
                    length = 3
                } else {
                    return nil  // outside the BMP
                }
                // Most of a Chinese text is CJK Unified Ideographs, whose entries are all the
                // same: skipping the 128 KB table for them spares the cache.
                let entry = scalar &- 0x4E00 <= 0x9FFF - 0x4E00 ? ideograph : table[Int(scalar)]
                if entry & standalone == 0 { return nil }
                units.initializeElement(at: index, to: UInt16(truncatingIfNeeded: scalar))
                starts.initializeElement(at: index, to: Int32(truncatingIfNeeded: offset))
                widths.initializeElement(at: index, to: UInt8(truncatingIfNeeded: entry >> 8))
                classes.initializeElement(at: index, to: BreakClass(rawValue: UInt8(truncatingIfNeeded: entry)))
                offset += length
                index += 1
            }
            starts.initializeElement(at: index, to: Int32(truncatingIfNeeded: bytes.count))
            return index
        }
    }

    /// The general path: Swift's own grapheme clusters, measured by `DisplayWidth.of(Character)`.
    private mutating func measureByCharacters(_ text: String) {
        utf16 = Array(text.utf16)
        widths = []; classes = []; clusterStarts = []
        var startsUTF16: [Int32] = []
        widths.reserveCapacity(utf16.count)
        classes.reserveCapacity(utf16.count)
        clusterStarts.reserveCapacity(utf16.count + 1)
        startsUTF16.reserveCapacity(utf16.count + 1)
        var offset: Int32 = 0, offsetUTF16: Int32 = 0
        for character in text {
            clusterStarts.append(offset)
            startsUTF16.append(offsetUTF16)
            offset += Int32(character.utf8.count)
            offsetUTF16 += Int32(character.utf16.count)
            let first = character.unicodeScalars.first!
            var width = DisplayWidth.of(character)
            // A cluster can start with VS16 only at the text's start or after a line feed, so on
            // screen it joins the prefix before it (`[1] `, `• `), and `DisplayWidth` counts that
            // space + VS16 as two columns: it adds one (found by fuzz-layout).
            if first.value == 0xFE0F { width = max(width, 1) }
            widths.append(UInt8(min(width, 255)))
            var bits = first.value <= 0xFFFF
                ? BreakClass(rawValue: UInt8(truncatingIfNeeded: Kinsoku.basicPlane[Int(first.value)]))
                : Kinsoku.classify(first)
            // "\r\n" is one character; it vanishes like a line feed.
            if character == "\r\n" { bits.insert(.vanishing) }
            classes.append(bits)
        }
        clusterStarts.append(offset)
        startsUTF16.append(offsetUTF16)
        clusterStartsUTF16 = startsUTF16
    }

    /// The cluster containing UTF-8 offset `byte` (`count` at the end), by binary search.
    func cluster(containing byte: Int) -> Int {
        var low = 0, high = count
        while low < high {
            let middle = (low + high + 1) / 2
            if Int(clusterStarts[middle]) <= byte { low = middle } else { high = middle - 1 }
        }
        return low
    }

    /// The cluster starting exactly at UTF-16 offset `unit`, searching forward from `from`;
    /// `nil` when `unit` falls inside a cluster.
    func cluster(startingAtUTF16 unit: Int, from: Int) -> Int? {
        guard let starts = clusterStartsUTF16 else { return unit }
        var index = from
        while index < count && Int(starts[index]) < unit { index += 1 }
        return Int(starts[index]) == unit ? index : nil
    }

    /// Whether clusters `first` and `second` are the same character (`——`, not `—…`).
    func sameCharacter(_ first: Int, _ second: Int) -> Bool {
        let lower = Int(clusterStarts[first]), upper = Int(clusterStarts[first + 1])
        let other = Int(clusterStarts[second])
        guard Int(clusterStarts[second + 1]) - other == upper - lower else { return false }
        for offset in 0..<(upper - lower) where utf8[lower + offset] != utf8[other + offset] { return false }
        return true
    }
}
