/// A block under construction: the mutable tree the line-by-line pass builds before inlines are parsed.
///
/// Nodes live in one array and point at each other by index, so building a document allocates
/// little and never recurses (CommonMark appendix "A parsing strategy", phase 1).
struct BlockNode {
    enum Kind: Equatable {
        case document, blockQuote, list, item, footnote
        case paragraph, heading, thematicBreak, codeBlock, htmlBlock, table
    }

    var kind: Kind
    var parent: Int
    var children: [Int] = []
    var isOpen = true
    /// Whether the last line this block saw was blank (decides tight or loose lists).
    var lastLineBlank = false
    /// 1-based line where the block starts.
    var startLine: Int
    /// Raw text of a paragraph, heading, code or HTML block (UTF-8, lines joined by `\n`).
    var content: [UInt8] = []
    /// Where `content` lies in the parsed bytes when it is one unbroken stretch of them, so its
    /// `String` can be cut from the source text instead of re-validating the UTF-8 (see
    /// ``DocumentAssembler``); nil once lines were joined across a gap or the content edited.
    var contentSource: Range<Int>?

    var list = ListMarker()
    var headingLevel = 0
    var isSetextHeading = false
    var fence = Fence()
    var htmlKind = 0
    var table: TableRows?
    var footnote: FootnoteSource?

    init(kind: Kind, parent: Int, startLine: Int) {
        self.kind = kind
        self.parent = parent
        self.startLine = startLine
    }
}

/// What a list item's marker tells about its list and its indentation (CommonMark §5.2).
struct ListMarker: Equatable {
    var isOrdered = false
    /// `-`, `+`, `*` for bullets; `.` or `)` for ordered lists.
    var delimiter: UInt8 = 0
    var start = 1
    /// Columns of indentation before the marker.
    var markerOffset = 0
    /// Columns from the marker's start to the item's content.
    var padding = 0
    var isTight = true

    /// Two markers belong to the same list when their type and delimiter agree.
    func continuesList(_ other: ListMarker) -> Bool {
        isOrdered == other.isOrdered && delimiter == other.delimiter
    }
}

/// The opening fence of a fenced code block, or nothing for an indented one (CommonMark §4.5).
struct Fence {
    var isFenced = false
    var character: UInt8 = 0
    var length = 0
    /// Indentation of the opening fence, removed from each content line.
    var indent = 0
    var info = ""
}

/// Cells of a GFM table as raw inline source, pipes already unescaped.
struct TableRows {
    var alignments: [Table.Alignment]
    var header: [String]
    var rows: [[String]] = []
    /// Empty cells added so far to fill short rows.
    var paddedCells = 0

    static let maximumPaddedCells = 100_000
}

/// A footnote definition's label and where its source lines are.
struct FootnoteSource {
    var label: String
    /// Byte ranges of each line's content, after `[^label]:` or the continuation indentation.
    var lines: [Range<Int>] = []
    /// The last line number recorded, so a lazy line is not recorded twice.
    var lastRecordedLine = 0
}
