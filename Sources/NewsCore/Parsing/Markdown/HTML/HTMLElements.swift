/// What newsreader knows about HTML elements: which start blocks, which hold no content, which
/// are never shown, and how embedded media becomes a `[视频] URL` line.
enum HTMLElements {
    /// Elements without content or end tag.
    static let void: Set<String> = [
        "br", "img", "hr", "wbr", "embed", "source", "track", "input", "meta", "link", "col", "area", "base", "param",
    ]

    /// Containers shown as their content in paragraphs: their tags only separate paragraphs.
    static let paragraphBreaking: Set<String> = [
        "p", "div", "center", "section", "article", "header", "footer", "main", "aside", "nav", "figure",
        "figcaption", "dl", "dt", "dd", "address", "hgroup", "form", "fieldset", "details", "picture",
        "thead", "tbody", "tfoot", "body", "html",
    ]

    /// Elements whose content is never shown.
    static let hidden: Set<String> = ["script", "style", "noscript", "template", "title", "head"]

    /// Embedded media, each shown as one link line.
    static let media: Set<String> = ["iframe", "video", "audio", "embed", "object"]

    static let headings: [String: Int] = ["h1": 1, "h2": 2, "h3": 3, "h4": 4, "h5": 5, "h6": 6]

    /// The `[视频] URL` / `[音频] URL` line for an embedded player; nil without a source.
    static func mediaLine(_ name: String, source: String?) -> [Inline]? {
        guard let source = source.map({ String($0.trimmedWhitespace) }), !source.isEmpty else { return nil }
        let label = name == "audio" || Self.isAudio(source) ? "[音频] " : "[视频] "
        let url = source
        return [.text(label), .link(destination: url, title: nil, content: [.text(url)])]
    }

    /// The address of an element's content: `src`, `data` (`<object>`) or `href`.
    static func source(of attributes: [String: String]) -> String? {
        attributes["src"] ?? attributes["data"] ?? attributes["href"]
    }

    private static func isAudio(_ source: String) -> Bool {
        let lower = source.lowercased()
        return [".mp3", ".m4a", ".ogg", ".wav", ".flac", ".aac"].contains { lower.hasSuffix($0) }
    }

    /// The in-page target an element's `id` or `name` makes, if any.
    static func anchor(_ attributes: [String: String]) -> Inline? {
        guard let id = attributes["id"] ?? attributes["name"], !id.isEmpty else { return nil }
        return .anchor(id: id)
    }
}
