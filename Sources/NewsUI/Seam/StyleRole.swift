/// What a piece of the screen is, so a theme can decide how it looks.
///
/// Screens say what they draw (a tag, the selection, the status line); the backend maps roles to
/// colours and attributes, with a monochrome fallback, and a theme (configuration) can restyle them.
public enum StyleRole: String, CaseIterable, Hashable, Sendable {
    case normal
    /// The top bar (name, path, filters, counts).
    case bar
    /// The bottom status line.
    case status
    /// An article title in a list or the reader's header.
    case title
    case tag
    case topic
    /// A footnote reference marker such as `[1]`.
    case marker
    /// Link text.
    case link
    /// A URL shown as text (link list, citations).
    case url
    /// The highlighted row or the selected marker or link.
    case selection
    /// A search match.
    case match
    /// Secondary text: dates, counts, hints.
    case dim
    /// Errors and warnings.
    case error
    /// Section headings (主题 Topics, 标签 Tags) and the reader's headings.
    case heading
}
