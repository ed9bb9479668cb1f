import Foundation
import NewsCore
import Testing

@Suite("URLs with hidden characters")
struct URLControlTests {
    @Test("a URL holding an escape, a C1 control or a bidi override is refused, not opened altered")
    func hiddenCharactersAreRefused() {
        for url in ["https://example.com/\u{1B}]0;x", "https://example.com/\u{9B}31m", "https://example.com/\u{202E}gpj.exe"] {
            #expect(URLPolicy.refusal(for: url)?.contains("control, bidi formatting") == true, "\(url.debugDescription)")
        }
    }

    @Test("the reader's link anchors keep the URL as written, so the policy sees what would be opened")
    func anchorsKeepTheRawURL() {
        let markdown = "---\ntitle: t\ndate: 2025-01-01\n---\n\n见[报道](https://example.com/a\u{202E}b)。\n"
        let article = ArticleParser.parse(data: Data(markdown.utf8), path: "a.md", id: ArticleID("a"),
                                          modificationDate: Date(timeIntervalSince1970: 0))
        let rendered = DocumentRenderer(width: 40).render(article)
        #expect(rendered.anchors.links.map(\.url) == ["https://example.com/a\u{202E}b"])
        #expect(!rendered.plainLines.joined().unicodeScalars.contains { $0.value == 0x202E })
    }
}
