/// A parsed Markdown body: its blocks in reading order, and its footnote definitions.
///
/// Footnote definitions are taken out of the block flow (as GitHub does) and kept in
/// ``footnotes`` in the order they were written, referenced or not: news articles often cite
/// sources that the text never points at, and the reader still lists them.
public struct Document: Equatable, Sendable {
    public var blocks: [Block]
    public var footnotes: [Footnote]
    /// What the parser noticed while reading (undefined references, duplicate labels, …).
    /// Lines are 1-based and relative to the first line of the Markdown text given to the parser.
    public var diagnostics: [Diagnostic]
    /// How many of ``blocks`` come before `<!--more-->` (the one holding it included when it is
    /// inside a paragraph): Hugo's summary boundary. Nil when the body has none.
    public var summaryBlockCount: Int?

    public init(blocks: [Block] = [], footnotes: [Footnote] = [], diagnostics: [Diagnostic] = []) {
        self.blocks = blocks
        self.footnotes = footnotes
        self.diagnostics = diagnostics
    }

    /// The definition a reference points at, matching labels as CommonMark matches link labels.
    public func footnote(forLabel label: String) -> Footnote? {
        let key = LinkLabel.normalize(label)
        return footnotes.first { LinkLabel.normalize($0.label) == key }
    }
}

/// A block of a Markdown document.
public indirect enum Block: Equatable, Sendable {
    case heading(level: Int, content: [Inline])
    case paragraph([Inline])
    case blockQuote([Block])
    case list(ListBlock)
    case codeBlock(CodeBlock)
    /// Raw HTML, kept as text: newsreader never interprets it.
    case htmlBlock(String)
    case table(Table)
    case thematicBreak
}

/// An ordered or bullet list.
public struct ListBlock: Equatable, Sendable {
    public enum Kind: Equatable, Sendable {
        case bullet(marker: Character)
        case ordered(start: Int, delimiter: Character)
    }

    public var kind: Kind
    /// Tight lists have no blank lines between items; their paragraphs render without spacing.
    public var isTight: Bool
    /// Each item is a sequence of blocks (paragraphs, nested lists, code, …).
    public var items: [[Block]]

    public init(kind: Kind, isTight: Bool, items: [[Block]]) {
        self.kind = kind
        self.isTight = isTight
        self.items = items
    }
}

/// A fenced or indented code block; its text is never reflowed.
public struct CodeBlock: Equatable, Sendable {
    /// The info string of a fenced block (`swift`, `json`, …); empty when none.
    public var info: String
    /// The code, each line ending in `\n`.
    public var text: String
    public var isFenced: Bool

    public init(info: String = "", text: String, isFenced: Bool) {
        self.info = info
        self.text = text
        self.isFenced = isFenced
    }
}

/// A GitHub-flavoured table.
public struct Table: Equatable, Sendable {
    public enum Alignment: String, Equatable, Sendable {
        case none, left, center, right
    }

    public var alignments: [Alignment]
    public var header: [[Inline]]
    /// Body rows; every row has exactly `alignments.count` cells.
    public var rows: [[[Inline]]]

    public init(alignments: [Alignment], header: [[Inline]], rows: [[[Inline]]]) {
        self.alignments = alignments
        self.header = header
        self.rows = rows
    }
}

/// A footnote definition (`[^label]: …`).
public struct Footnote: Equatable, Sendable {
    /// The label as the author wrote it (`1`, `note`), never renumbered.
    public var label: String
    /// 1-based number in order of first reference; unreferenced definitions follow, in source order.
    public var ordinal: Int
    public var blocks: [Block]
    /// How many references in the body point at this definition.
    public var referenceCount: Int
    /// 1-based line of the definition, relative to the Markdown text.
    public var line: Int
    /// The definition's Markdown source after `[^label]:`, continuation lines joined by `\n`.
    public var source: String

    public init(label: String, ordinal: Int, blocks: [Block], referenceCount: Int, line: Int, source: String) {
        self.label = label
        self.ordinal = ordinal
        self.blocks = blocks
        self.referenceCount = referenceCount
        self.line = line
        self.source = source
    }
}

/// Something a parser noticed, before it is tied to a file (see ``Problem``).
public struct Diagnostic: Equatable, Sendable {
    /// 1-based line relative to the text the parser was given, when known.
    public var line: Int?
    public var severity: Problem.Severity
    public var message: String

    public init(line: Int?, severity: Problem.Severity, message: String) {
        self.line = line
        self.severity = severity
        self.message = message
    }
}
