/// A link reference definition (`[label]: destination "title"`), found by the block parser.
public struct LinkReference: Equatable, Sendable {
    public var destination: String
    public var title: String?

    public init(destination: String, title: String? = nil) {
        self.destination = destination
        self.title = title
    }
}

/// Parses the inline content of one block (paragraph, heading, table cell) into ``Inline``s.
///
/// STUB: the inline parser replaces this; it returns the text as one run.
public struct InlineParser: Sendable {
    /// Link reference definitions of the document, keyed by ``LinkLabel/normalize(_:)``.
    public var linkReferences: [String: LinkReference]

    public init(linkReferences: [String: LinkReference]) {
        self.linkReferences = linkReferences
    }

    /// Parses `text` (the block's raw content, lines joined by `\n`, leading indentation stripped).
    public func parse(_ text: String) -> [Inline] {
        [.text(text)]
    }
}
