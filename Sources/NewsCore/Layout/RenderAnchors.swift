import Foundation

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
    /// Every in-page target: heading ids (as Hugo makes them) and HTML `id`/`name` attributes.
    public var targets: [TargetAnchor] = []

    public init() {}

    /// Where a link to `#fragment` leads: the target with that id (as written, else
    /// percent-decoded, else as Hugo would slug it, else as Hexo would: `_` as `-`), nil when
    /// none has it.
    public func target(forFragment fragment: String) -> TargetAnchor? {
        var id = Substring(fragment)
        if id.hasPrefix("#") { id = id.dropFirst() }
        let written = String(id)
        if let exact = targets.first(where: { $0.id == written }) { return exact }
        let decoded = written.removingPercentEncoding ?? written
        if let match = targets.first(where: { $0.id == decoded }) { return match }
        let slug = HeadingID.slug(decoded)
        guard !slug.isEmpty else { return nil }
        if let match = targets.first(where: { HeadingID.slug($0.id) == slug }) { return match }
        let hexoSlug = HeadingID.hexoForm(slug)
        return targets.first { HeadingID.hexoForm(HeadingID.slug($0.id)) == hexoSlug }
    }

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

/// An element with an id, and the line it is drawn on.
public struct TargetAnchor: Equatable, Sendable {
    public var id: String
    public var line: Int

    public init(id: String, line: Int) {
        self.id = id
        self.line = line
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
