/// Traditional → Simplified, one Han character at a time, as a lookup table: the folding every
/// comparison of Chinese text uses (search index and queries, in-article search, pickers).
///
/// Built once from OpenCC's `t2s.json` (``ScriptFolder``) by converting every ideograph of the
/// Basic Multilingual Plane on a line of its own, so no phrase rule can apply, and keeping the
/// answers that are one other character. Folding a character on its own keeps every text its
/// length (a match in the folded text marks the same characters in the original) and costs an
/// array read, which the search tokenizer can afford for every character of the library; the
/// price is OpenCC's phrase-level choices (`乾燥` stays `乾燥`), rare in names and queries.
public struct HanFolding: Sendable {
    /// The table built from ``ScriptFolder/shared`` on first use (about 30 ms).
    public static let shared = HanFolding(folder: .shared)

    /// The ranges the table covers: CJK Unified Ideographs, Extension A, compatibility ideographs.
    static let ranges: [ClosedRange<UInt32>] = [0x3400...0x4DBF, 0x4E00...0x9FFF, 0xF900...0xFAFF]
    private static let first: UInt32 = 0x3400
    private static let last: UInt32 = 0xFAFF

    /// `table[value - first]` is the folded scalar value, or 0 when the character stays.
    private let table: [UInt32]

    public init(folder: ScriptFolder) {
        var table = [UInt32](repeating: 0, count: Int(Self.last - Self.first + 1))
        let scalars = Self.ranges.flatMap { $0 }.compactMap(Unicode.Scalar.init)
        var lines = String.UnicodeScalarView()
        for scalar in scalars {
            lines.append(scalar)
            lines.append("\n")
        }
        let converted = folder.fold(String(lines)).split(separator: "\n", omittingEmptySubsequences: false)
        if converted.count >= scalars.count {
            for (scalar, line) in zip(scalars, converted) {
                let answer = line.unicodeScalars
                guard answer.count == 1, let folded = answer.first, folded != scalar else { continue }
                table[Int(scalar.value - Self.first)] = folded.value
            }
        }
        self.table = table
    }

    /// The Simplified form of a scalar value, or the value itself.
    @inline(__always)
    public func fold(_ value: UInt32) -> UInt32 {
        guard value >= Self.first, value <= Self.last else { return value }
        let folded = table[Int(value - Self.first)]
        return folded == 0 ? value : folded
    }

    public func fold(_ scalar: Unicode.Scalar) -> Unicode.Scalar {
        Unicode.Scalar(fold(scalar.value)) ?? scalar
    }

    /// `text` with every Han character folded; always as many scalars as `text`.
    public func fold(_ text: String) -> String {
        var result = String.UnicodeScalarView()
        for scalar in text.unicodeScalars { result.append(fold(scalar)) }
        return String(result)
    }

    /// True when folding changes nothing in any text (OpenCC's data was missing).
    public var isEmpty: Bool { !table.contains { $0 != 0 } }
}
