/// How the wrapper cuts a unit wider than the line: where, and which rule that breaks.
///
/// A unit (text between two break opportunities) wider than the line must be cut somewhere, and
/// every place breaks some rule. Each candidate place gets a cost; the latest place of least cost
/// wins. Costs, from worst to mildest:
/// - 9: starting a line with closing punctuation or ending one with opening punctuation
///   (clreq §3.1.7 行头/行尾禁则): worse than any split word, since the letters before a closing
///   mark may always go down with it (`Databrick` / `s，`), which clreq allows and a reader
///   barely notices, while a `，` leading a line looks broken;
/// - 6: splitting a Latin word, number or URL that would fit on a line of its own;
/// - 5: splitting a footnote marker;
/// - 4: splitting a word wider than any line so that the rest of it still fits on the next line
///   but not together with the closing punctuation glued to it (a third piece will be needed);
/// - 3: splitting a word wider than any line (inevitable);
/// - 2: starting a line with a space, or splitting `——` / `……` (clreq §3.1.7, relaxed only here);
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
    /// An inevitable word cut that leaves the closing marks after the word for a third piece.
    static let wordCutBeforeMarks = 4
    static let forbiddenEdge = 9

    /// Whether a unit cut at `cost` may be cut where it starts mid-line, rather than moved down
    /// first: only when the cut breaks no rule, or splits a word too wide for any line anyway.
    static func cutsInPlace(_ cost: Int) -> Bool {
        cost == 0 || cost == inevitableWordCut || cost == wordCutBeforeMarks
    }

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
    /// `start`), and its cost. Scans back over the line at most (plus a line's width ahead per
    /// word), so the total work stays linear.
    func hardCut(start: Int, overflow: Int, shortBelow short: Int) -> (cut: Int, cost: Int) {
        guard overflow > start else { return (start + 1, 0) }  // one character wider than the line
        var kept = 0
        for index in start..<overflow { kept += Int(widths[index]) }
        var best = overflow, bestCost = Int.max
        var word: (cuts: ClosedRange<Int>, isWider: Bool)?
        var rest: WordRest?  // of the word cut at `cut + 1`, when that was a word cut
        var cut = overflow
        repeat {
            var cost = cost(at: cut, lineStart: start)
            if cost == Self.inevitableWordCut {
                if word.map({ !$0.cuts.contains(cut) }) ?? true { word = wordRun(around: cut) }
                if word?.isWider == false {
                    cost = 6
                    rest = nil
                } else {
                    let after = rest.map { $0.extended(by: Int(widths[cut])) } ?? wordRest(from: cut)
                    if after.word <= lineWidth && after.word + after.marks > lineWidth { cost = Self.wordCutBeforeMarks }
                    rest = after
                }
            } else {
                rest = nil
            }
            if kept < short { cost += 2 }
            if cost < bestCost { best = cut; bestCost = cost }
            cut -= 1
            kept -= Int(widths[cut])
        } while cut > start && bestCost > 0
        return (best, bestCost)
    }

    /// The cost of cutting before cluster `cut` of a line starting at `lineStart`.
    private func cost(at cut: Int, lineStart: Int) -> Int {
        let before = classes[cut - 1], after = classes[cut]
        if after.contains(.closing) || before.contains(.opening) { return Self.forbiddenEdge }
        if (before.contains(.vanishing) || after.contains(.vanishing)) && marksAcrossSpaces(at: cut, lineStart: lineStart) {
            return Self.forbiddenEdge
        }
        if after.contains(.marker) && !after.contains(.markerStart) { return 5 }
        if before.contains(.word) && after.contains(.word) { return Self.inevitableWordCut }
        if after.contains(.vanishing) || (before.contains(.inseparable) && after.contains(.inseparable)) { return 2 }
        if after.contains(.markerStart) { return 1 }
        return 0
    }

    /// Whether a cut next to spaces leaves an opening mark at the line's end once the spaces
    /// vanish (`于“ ` / `benchmark`; UAX #14 LB14 glues them), or a closing one right after
    /// the spaces starting the next line (LB13). Looks only over the spaces themselves.
    private func marksAcrossSpaces(at cut: Int, lineStart: Int) -> Bool {
        var back = cut - 1
        while back > lineStart && classes[back].contains(.vanishing) { back -= 1 }
        if back < cut - 1 && classes[back].contains(.opening) { return true }
        var ahead = cut
        // (A line's width of spaces at most: more could never be cut between anyway.)
        while ahead < classes.count && ahead - cut <= lineWidth && classes[ahead].contains(.vanishing) { ahead += 1 }
        return ahead > cut && ahead < classes.count && classes[ahead].contains(.closing)
    }

    /// What follows a cut inside a word: the columns of the word's rest and of the closing marks
    /// glued after it. Both stop counting a little past a line's width.
    struct WordRest {
        var word: Int
        var marks: Int

        /// The rest of the same word cut one character earlier, `columns` wide.
        func extended(by columns: Int) -> WordRest { WordRest(word: word + columns, marks: marks) }
    }

    /// The rest of the word from `cut` on and the closing marks right after it.
    private func wordRest(from cut: Int) -> WordRest {
        var position = cut, word = 0, marks = 0
        while position < classes.count && classes[position].contains(.word)
            && !classes[position].contains(.marker) && word <= lineWidth {
            word += Int(widths[position]); position += 1
        }
        while position < classes.count && classes[position].contains(.closing) && word + marks <= lineWidth {
            marks += Int(widths[position]); position += 1
        }
        return WordRest(word: word, marks: marks)
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
