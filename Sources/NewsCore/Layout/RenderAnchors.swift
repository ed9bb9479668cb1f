/// The places a reader jumps to in a rendered article; lines index ``RenderedArticle/lines``
/// and columns are display columns from 0.
public struct RenderAnchors: Equatable, Sendable {
    public var headings: [HeadingAnchor] = []
    /// Every footnote reference in the body, in reading order.
    public var footnoteReferences: [FootnoteReferenceAnchor] = []
    /// Every footnote definition, in the references section.
    public var footnoteDefinitions: [FootnoteDefinitionAnchor] = []
    /// Every link (inline links, autolinks, citation URLs), in reading order: the link list.
    public var links: [LinkAnchor] = []

    public init() {}

    /// The definition a reference jumps to (labels match as CommonMark matches them).
    public func definition(for reference: FootnoteReferenceAnchor) -> FootnoteDefinitionAnchor? {
        let key = LinkLabel.normalize(reference.label)
        return footnoteDefinitions.first { LinkLabel.normalize($0.label) == key }
    }
}

/// A heading of the body (or the references heading) and the line it starts on.
public struct HeadingAnchor: Equatable, Sendable {
    public var level: Int
    /// The heading's text, as shown.
    public var title: String
    public var line: Int

    public init(level: Int, title: String, line: Int) {
        self.level = level
        self.title = title
        self.line = line
    }
}

/// A footnote reference marker such as `[1]`, where it was drawn.
public struct FootnoteReferenceAnchor: Equatable, Sendable {
    /// The label as the author wrote it.
    public var label: String
    public var line: Int
    public var column: Int
    /// False when no definition has this label (the marker is drawn as `[label?]`).
    public var isDefined: Bool

    public init(label: String, line: Int, column: Int, isDefined: Bool) {
        self.label = label
        self.line = line
        self.column = column
        self.isDefined = isDefined
    }
}

/// A footnote definition's first line in the references section.
public struct FootnoteDefinitionAnchor: Equatable, Sendable {
    public var label: String
    public var line: Int
    /// How many references in the body point at it (0: listed but never cited).
    public var referenceCount: Int

    public init(label: String, line: Int, referenceCount: Int) {
        self.label = label
        self.line = line
        self.referenceCount = referenceCount
    }
}

/// A link's first character and where it goes.
public struct LinkAnchor: Equatable, Sendable {
    /// The destination exactly as the article wrote it, so the opener gets (or refuses) the real
    /// URL rather than a cleaned-up other one. Untrusted: sanitize it before showing it.
    public var url: String
    public var line: Int
    public var column: Int

    public init(url: String, line: Int, column: Int) {
        self.url = url
        self.line = line
        self.column = column
    }
}
