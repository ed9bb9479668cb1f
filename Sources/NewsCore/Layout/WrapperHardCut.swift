/// How the wrapper cuts a unit wider than the line: where, and which rule that breaks.
///
/// A unit (text between two break opportunities) wider than the line must be cut somewhere, and
/// every place breaks some rule. Each candidate place gets a cost; the latest place of least cost
/// wins. Costs, from worst to mildest:
/// - 6: splitting a Latin word, number or URL that would fit on a line of its own;
/// - 5: splitting a footnote marker;
/// - 3: splitting a word wider than any line (inevitable);
/// - 2: starting a line with closing punctuation or a space, ending one with opening
///   punctuation, or splitting `——` / `……` (clreq §3.1.7, relaxed only here);
/// - 1: separating a marker from the text it annotates (a `[2]` leading a line reads better
///   than a `。` leading it);
/// - 0: none (say, between two ideographs that punctuation glued into one unit).
/// A cut leaving the line less than half full costs 2 more, so one glued mark does not end up
/// alone on a line.
struct CutMeasure {
    let widths: UnsafeBufferPointer<UInt8>
    let classes: UnsafeBufferPointer<BreakClass>
    /// Columns of a continuation line: what "fits on a line" means for a word.
    let lineWidth: Int

    static let inevitableWordCut = 3

    /// Whether the unit starting at `start` is wider than a line; looks at no more than a line's
    /// width of it, so long units cost no quadratic rescans.
    func unitIsWider(from start: Int, _ breaks: UnsafeBufferPointer<LineBreaker.Break>) -> Bool {
        var used = 0, trailing = 0, position = start
        repeat {
            let columns = Int(widths[position])
            trailing = classes[position].contains(.vanishing) ? trailing + columns : 0
            used += columns
            if used - trailing > lineWidth { return true }
            position += 1
        } while breaks[position] == .none
        return false
    }

    /// The place to cut the unit that overflows the line at cluster `overflow` (the line starts at
    /// `start`), and its cost. Scans back over the line at most, so the total work stays linear.
    func hardCut(start: Int, overflow: Int, shortBelow short: Int) -> (cut: Int, cost: Int) {
        guard overflow > start else { return (start + 1, 0) }  // one character wider than the line
        var kept = 0
        for index in start..<overflow { kept += Int(widths[index]) }
        var best = overflow, bestCost = Int.max
        var word: (cuts: ClosedRange<Int>, isWider: Bool)?
        var cut = overflow
        repeat {
            var cost = cost(before: classes[cut - 1], after: classes[cut])
            if cost == Self.inevitableWordCut {
                if word.map({ !$0.cuts.contains(cut) }) ?? true { word = wordRun(around: cut) }
                if word?.isWider == false { cost = 6 }
            }
            if kept < short { cost += 2 }
            if cost < bestCost { best = cut; bestCost = cost }
            cut -= 1
            kept -= Int(widths[cut])
        } while cut > start && bestCost > 0
        return (best, bestCost)
    }

    private func cost(before: BreakClass, after: BreakClass) -> Int {
        if after.contains(.marker) && !after.contains(.markerStart) { return 5 }
        if before.contains(.word) && after.contains(.word) { return Self.inevitableWordCut }
        if after.contains(.closing) || before.contains(.opening) || after.contains(.vanishing)
            || (before.contains(.inseparable) && after.contains(.inseparable)) { return 2 }
        if after.contains(.markerStart) { return 1 }
        return 0
    }

    /// The cut positions inside the run of word characters (a marker's `[1]` is not one) around
    /// `cut` that share its answer, and whether the run is wider than a line. Looks at no more
    /// than a line's width each way; the positions returned cover what it looked at.
    private func wordRun(around cut: Int) -> (cuts: ClosedRange<Int>, isWider: Bool) {
        func isWord(_ index: Int) -> Bool { classes[index].contains(.word) && !classes[index].contains(.marker) }
        var used = 0, lower = cut, upper = cut
        while lower > 0 && isWord(lower - 1) && used <= lineWidth {
            lower -= 1; used += Int(widths[lower])
        }
        while upper < classes.count && isWord(upper) && used <= lineWidth {
            used += Int(widths[upper]); upper += 1
        }
        return (min(lower + 1, cut)...max(upper - 1, cut), used > lineWidth)
    }
}
