/// Link reference definitions (`[label]: /url "title"`) at the start of a paragraph.
///
/// The block parser calls this when a paragraph closes (and before deciding a setext heading),
/// since definitions may span several lines (CommonMark 0.31 §4.7).
public enum LinkReferenceDefinitions {
    /// Takes the definitions at the start of a paragraph's raw text.
    /// - Returns: the definitions in order (labels as written) and the text that is left
    ///   (empty when the whole paragraph was definitions).
    public static func extract(from paragraph: String) -> (definitions: [(label: String, reference: LinkReference)], remainder: String) {
        // Most paragraphs do not start with `[`: answer those without copying their bytes.
        guard paragraph.utf8.first(where: { $0 != UInt8(ascii: " ") }) == UInt8(ascii: "[") else {
            return ([], paragraph)
        }
        let bytes = Array(paragraph.utf8)
        var definitions: [(label: String, reference: LinkReference)] = []
        var index = 0
        while index < bytes.count, let found = definition(in: bytes, at: index) {
            definitions.append((found.label, found.reference))
            index = found.next
        }
        guard !definitions.isEmpty else { return ([], paragraph) }
        return (definitions, String(decoding: bytes[index...], as: UTF8.self))
    }

    /// One definition starting at `start`, which is the start of a line.
    /// - Returns: the label as written, the reference, and the start of the following line.
    private static func definition(in bytes: [UInt8], at start: Int) -> (label: String, reference: LinkReference, next: Int)? {
        let end = bytes.count
        var index = start
        while index < end, index - start < 3, bytes[index] == UInt8(ascii: " ") {
            index += 1
        }
        guard let label = LinkSyntax.label(bytes, from: index, end: end),
              bytes[label.value.lowerBound] != UInt8(ascii: "^"),  // `[^x]:` is a footnote
              label.next < end, bytes[label.next] == UInt8(ascii: ":")
        else { return nil }

        index = LinkSyntax.skipSpacesAndOneNewline(bytes, from: label.next + 1, end: end)
        guard let destination = LinkSyntax.destination(bytes, from: index, end: end) else { return nil }
        let isAngled = index < end && bytes[index] == UInt8(ascii: "<")
        guard isAngled || !destination.value.isEmpty else { return nil }

        var reference = LinkReference(destination: MarkdownText.unescape(
            bytes, from: destination.value.lowerBound, to: destination.value.upperBound))
        let lineEnd: Int
        // A title must be separated from the destination by whitespace, and only spaces may
        // follow it on its line; otherwise the definition ends after the destination (§4.7).
        if let title = titleOnItsLine(bytes, after: destination.next) {
            reference.title = MarkdownText.unescape(bytes, from: title.value.lowerBound, to: title.value.upperBound)
            lineEnd = title.lineEnd
        } else {
            let after = LinkSyntax.skipSpaces(bytes, from: destination.next, end: end)
            guard after == end || bytes[after] == UInt8(ascii: "\n") else { return nil }
            lineEnd = after
        }
        let labelText = String(decoding: bytes[label.value], as: UTF8.self)
        return (labelText, reference, min(lineEnd + 1, end))
    }

    /// A title after whitespace (possibly one line ending) that ends its line.
    private static func titleOnItsLine(_ bytes: [UInt8], after destinationEnd: Int) -> (value: Range<Int>, lineEnd: Int)? {
        let end = bytes.count
        let titleStart = LinkSyntax.skipSpacesAndOneNewline(bytes, from: destinationEnd, end: end)
        guard titleStart > destinationEnd, let title = LinkSyntax.title(bytes, from: titleStart, end: end) else { return nil }
        let after = LinkSyntax.skipSpaces(bytes, from: title.next, end: end)
        guard after == end || bytes[after] == UInt8(ascii: "\n") else { return nil }
        return (title.value, after)
    }
}
