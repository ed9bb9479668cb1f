/// Link reference definitions (`[label]: /url "title"`) at the start of a paragraph.
///
/// STUB: the inline parser's author replaces this. The block parser calls it when a paragraph
/// closes (and before deciding a setext heading), since definitions may span several lines.
public enum LinkReferenceDefinitions {
    /// Takes the definitions at the start of a paragraph's raw text.
    /// - Returns: the definitions in order (labels as written) and the text that is left
    ///   (empty when the whole paragraph was definitions).
    public static func extract(from paragraph: String) -> (definitions: [(label: String, reference: LinkReference)], remainder: String) {
        ([], paragraph)
    }
}
