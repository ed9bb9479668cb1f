/// Where a block is drawn: the width of its lines and what precedes its text on them (quote
/// bars, bullets, hanging indents), which the wrapper draws as prefixes.
struct RenderContext {
    /// Total columns of a line, prefixes included.
    var width: Int
    /// Printed before the block's first line (e.g. an outer bullet on the item's first line).
    var first: [StyledSpan]
    /// Printed before every other line.
    var rest: [StyledSpan]
    /// How deep in lists the block sits (0 outside any list), for the bullet shape.
    var listDepth = 0
    /// Where lines may break (the user's `line_break` strictness).
    var breaker: LineBreaker

    init(width: Int, first: [StyledSpan] = [], rest: [StyledSpan] = [], breaker: LineBreaker = LineBreaker()) {
        self.width = width
        self.first = first
        self.rest = rest
        self.breaker = breaker
    }

    /// The context for the lines after the first one has been drawn.
    var continuing: RenderContext {
        var next = self
        next.first = rest
        return next
    }

    /// The context inside a container that adds `first` and `rest` to the prefixes, or `nil` when
    /// that would leave too little room for text (deep nesting on a narrow screen): the caller
    /// then draws the content without the extra indent rather than overflow the width.
    func nested(first addedFirst: [StyledSpan], rest addedRest: [StyledSpan]) -> RenderContext? {
        var next = self
        next.first = first + addedFirst
        next.rest = rest + addedRest
        let widest = max(Self.width(of: next.first), Self.width(of: next.rest))
        // Room for at least a few characters, more on wide screens; never under 6 columns, the
        // widest unit kinsoku cannot split (a CJK character with two glued marks, `效”，`), so no
        // line inside a container has to start with a closing mark.
        let minimumText = min(10, max(6, width / 2))
        return width - widest >= minimumText ? next : nil
    }

    /// Columns left for text after the prefix of the first line.
    var firstTextWidth: Int { max(1, width - Self.width(of: first)) }

    /// The line drawn between two blocks: the continuing prefix without its trailing spaces
    /// (so a blank line inside a quote keeps its bar).
    var separatorLine: StyledLine {
        var line = StyledLine()
        for span in rest { line.append(span) }
        while let last = line.spans.last {
            let trimmed = String(last.text.reversed().drop { $0 == " " }.reversed())
            if trimmed.isEmpty { line.spans.removeLast(); continue }
            line.spans[line.spans.count - 1].text = trimmed
            break
        }
        return line
    }

    static func width(of spans: [StyledSpan]) -> Int {
        spans.reduce(0) { $0 + DisplayWidth.of($1.text) }
    }

    static func characters(of spans: [StyledSpan]) -> Int {
        spans.reduce(0) { $0 + $1.text.count }
    }
}
