/// Where lines may break in a paragraph: UAX #14 opportunities from ICU, then our CJK tailoring.
///
/// The tailoring keeps mandatory breaks and otherwise only removes opportunities, except after a
/// footnote marker:
/// - a footnote marker span (style `.marker`) is glued to the character before it, and never
///   split inside (FORMAT.md "Body": references sit right after a CJK character or punctuation
///   mark, several in a row, so `字。[1][3]` stays together); after a marker a line may break
///   unless closing punctuation, a space, `…` or `—` follows (ICU would glue `]` to a following
///   letter or digit, UAX #14 LB30, chaining the marker to the next word);
/// - `——` and `……` never split (clreq §3.1.7; UAX #14 LB17, LB22);
/// - no break before closing punctuation `，。、；：？！）」』】》〉”’` nor after opening
///   punctuation `（「『【《〈“‘` (clreq §3.1.7 行头/行尾禁则; CSS Text `line-break: strict`);
/// - no break between two narrow word characters, so Latin words, numbers and URLs stay whole
///   (ICU would break after `-` or `/`); the wrapper breaks them only when wider than the line.
public struct LineBreaker: Sendable {
    /// How eagerly CJK text may break: CSS `line-break`, ICU's `lb` locale keyword.
    public enum Strictness: Int32, Sendable, CaseIterable {
        /// ICU's default for `zh`: no break before small kana or `ー` either.
        case strict = 0
        case normal = 1
        case loose = 2
    }

    /// A place where a new line may start.
    public struct Opportunity: Equatable, Sendable {
        /// Character offset (into the spans' concatenated text) of the line's first character.
        public var offset: Int
        /// A hard break (after a line feed or `"\n"` span): the line must end here.
        public var isMandatory: Bool

        public init(offset: Int, isMandatory: Bool) {
            self.offset = offset
            self.isMandatory = isMandatory
        }
    }

    /// Per position *i* (before cluster *i*): no break, an allowed one, or a mandatory one.
    enum Break: UInt8 {
        case none = 0, allowed = 1, mandatory = 2
    }

    public var strictness: Strictness
    /// Whether ICU is spared the inside of runs of ideographs (see `LineBreaker+ICU.swift`); the
    /// result is the same either way, and a test holds it to that.
    var skipsIdeographRuns = true

    public init(strictness: Strictness = .strict) {
        self.strictness = strictness
    }

    /// The break opportunities of `spans` after tailoring, in increasing order; the last one is
    /// the end of the text.
    public func opportunities(in spans: [StyledSpan]) -> [Opportunity] {
        let (text, breaks) = analyze(spans)
        var result: [Opportunity] = []
        for position in 1..<max(1, text.count + 1) where breaks[position] != .none {
            result.append(Opportunity(offset: position, isMandatory: breaks[position] == .mandatory))
        }
        return result
    }

    /// The measured text and, for each position 0...count, whether a line may start there.
    func analyze(_ spans: [StyledSpan]) -> (LineBreakerText, [Break]) {
        var text = LineBreakerText(spans)
        var breaks = icuBreaks(text)
        markFootnoteMarkers(spans, in: &text)
        tailor(&breaks, text)
        return (text, breaks)
    }

    // MARK: - Tailoring

    /// Flags the clusters of every non-empty `.marker` span.
    private func markFootnoteMarkers(_ spans: [StyledSpan], in text: inout LineBreakerText) {
        for (index, span) in spans.enumerated() where span.style.contains(.marker) && !span.text.isEmpty {
            let cluster = text.cluster(containing: text.spanStarts[index])
            let end = text.spanStarts[index + 1]
            text.classes[cluster].insert(.markerStart)
            var inside = cluster
            while inside < text.count && Int(text.clusterStarts[inside]) < end {
                text.classes[inside].insert(.marker)
                inside += 1
            }
        }
    }

    /// Applies our rules to ICU's opportunities (see the type's documentation). The common rules
    /// are bit arithmetic on the two class bytes, so the loop over every position stays branch-free
    /// for ordinary text; markers and doubled marks take the slower, rarer path.
    private func tailor(_ breaks: inout [Break], _ text: LineBreakerText) {
        let count = text.count
        guard count > 1 else { return }
        let closing = BreakClass.closing.rawValue, opening = BreakClass.opening.rawValue
        let word = BreakClass.word.rawValue
        let rare = BreakClass.marker.rawValue | BreakClass.inseparable.rawValue
        text.classes.withUnsafeBufferPointer { classes in
            breaks.withUnsafeMutableBufferPointer { breaks in
                for position in 1..<count {
                    let before = classes[position - 1].rawValue, after = classes[position].rawValue
                    if (before | after) & rare != 0 {
                        breaks[position] = rareRule(breaks[position], classes[position - 1], classes[position], position, text)
                        continue
                    }
                    // No break before closing or after opening punctuation, nor inside a word:
                    // `allowed` (1) becomes `none` (0); `mandatory` (2) keeps its bit.
                    let forbidden = (after & closing) | (before & opening) | (before & after & word)
                    let raw = breaks[position].rawValue & ~(forbidden != 0 ? 1 : 0)
                    breaks[position] = Break(rawValue: raw) ?? .none
                }
            }
        }
    }

    /// The rules at a position next to a footnote marker or a doubled mark.
    private func rareRule(_ current: Break, _ before: BreakClass, _ after: BreakClass, _ position: Int,
                          _ text: LineBreakerText) -> Break {
        guard current != .mandatory else { return current }
        if before.contains(.marker) && !after.contains(.marker) {
            let forbidden: BreakClass = [.closing, .vanishing, .inseparable]
            return after.isDisjoint(with: forbidden) ? .allowed : .none
        }
        guard current == .allowed else { return current }
        if after.contains(.closing) || before.contains(.opening) || after.contains(.marker)
            || (before.contains(.word) && after.contains(.word))
            || (before.contains(.inseparable) && after.contains(.inseparable) && text.sameCharacter(position - 1, position)) {
            return .none
        }
        return current
    }
}
