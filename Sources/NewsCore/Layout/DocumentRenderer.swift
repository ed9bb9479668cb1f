/// Renders an article to styled lines at a given width: header, body, then its references.
///
/// This is the text `newsreader show` prints and the reader will scroll. Interim version: the
/// typesetting issue replaces the wrapper with UAX #14 breaks and adds anchors and tables drawn
/// with box characters.
public struct DocumentRenderer {
    public var width: Int

    public init(width: Int) {
        self.width = max(20, width)
    }

    public func render(_ article: Article) -> [StyledLine] {
        var lines = header(of: article)
        lines.append(StyledLine([StyledSpan(String(repeating: "─", count: width), style: .dim)]))
        let flattener = InlineFlattener(footnoteNumber: { label in
            article.document.footnote(forLabel: label).map { _ in label }
        })
        lines += BlockRenderer(flattener: flattener).render(article.document.blocks, width: width)
        lines += references(of: article, flattener: flattener)
        return lines
    }

    // MARK: - Header

    private func header(of article: Article) -> [StyledLine] {
        let wrapper = SimpleWrapper(width: width)
        var lines = wrapper.wrap([StyledSpan(TerminalText.sanitize(article.title), style: [.bold, .heading])])
        var facts = [article.date.displayText]
        if article.isDraft { facts.append("草稿 draft") }
        lines.append(StyledLine([StyledSpan(facts.joined(separator: "  "), style: .dim)]))
        if !article.topics.isEmpty {
            lines += wrapper.wrap([StyledSpan("主题 "), StyledSpan(safeList(article.topics, separator: " · "), style: .bold)])
        }
        if !article.tags.isEmpty {
            lines += wrapper.wrap([StyledSpan("标签 "), StyledSpan(safeList(article.tags.map { "#" + $0 }, separator: " "), style: .underline)])
        }
        if let summary = article.frontMatter.summary, !summary.isEmpty {
            lines += wrapper.wrap([StyledSpan(TerminalText.sanitize(summary), style: .italic)])
        }
        if let image = article.frontMatter.featuredImage, !image.isEmpty {
            lines.append(StyledLine([StyledSpan("[图片] " + TerminalText.sanitize(image), style: .dim)]))
        }
        return lines
    }

    private func safeList(_ items: [String], separator: String) -> String {
        items.map { TerminalText.sanitize($0) }.joined(separator: separator)
    }

    // MARK: - References

    /// Every footnote definition, referenced or not, as `[label] Title — Outlet · Author · date`.
    private func references(of article: Article, flattener: InlineFlattener) -> [StyledLine] {
        guard !article.citations.isEmpty else { return [] }
        var lines: [StyledLine] = [StyledLine()]
        if !endsWithReferencesHeading(article.document.blocks) {
            lines.append(StyledLine([StyledSpan("引用", style: [.bold, .heading])]))
            lines.append(StyledLine())
        }
        let wrapper = SimpleWrapper(width: width - 2)
        for citation in article.citations {
            var spans = [StyledSpan("[\(citation.label)]", style: .marker), StyledSpan(" ")]
            spans.append(StyledSpan(TerminalText.sanitize(citationSummary(citation))))
            if citation.referenceCount == 0 { spans.append(StyledSpan(" (未引用)", style: .dim)) }
            lines += wrapper.wrap(spans)
            if let url = citation.url {
                lines += SimpleWrapper(width: width - 4).wrap([StyledSpan(TerminalText.sanitize(url), style: .dim)])
                    .map { StyledLine([StyledSpan("    ")] + $0.spans) }
            }
        }
        return lines
    }

    private func citationSummary(_ citation: Citation) -> String {
        guard let title = citation.title else { return citation.text }
        var parts = [citation.outlet, citation.author, citation.published?.description].compactMap { $0 }
        if let retrieved = citation.retrieved { parts.append("(检索 \(retrieved))") }
        return parts.isEmpty ? title : title + " — " + parts.joined(separator: " · ")
    }

    private func endsWithReferencesHeading(_ blocks: [Block]) -> Bool {
        guard case .heading(_, let content)? = blocks.last else { return false }
        let names: Set<String> = ["引用", "References", "参考资料", "参考", "参考文献", "注释", "Sources"]
        return names.contains(content.plainText.trimmingCharacters(in: .whitespaces))
    }
}
