import Foundation
import NewsCore
import Testing
@testable import NewsUI

@Suite("Links within the article and to other articles of the library")
struct InternalLinkTests {
    /// An article with an HTML footnote far down and a link to another article of the library.
    static let linking = Fixtures.parse("""
        ---
        title: 链接
        date: 2025-06-26
        ---

        正文<sup id="a1">[1](#f1)</sup>，另见[通义千问](../06/qwen.md#发布)。

        \(Array(repeating: Fixtures.filler, count: 30).joined(separator: "\n\n"))

        <b id="f1">1</b> 注释的正文 [↩](#a1)
        """, id: Fixtures.scaleID)

    static let qwen = Fixtures.parse("""
        ---
        title: 通义千问开源新一代模型
        date: 2025-06-20
        ---

        \(Array(repeating: Fixtures.filler, count: 30).joined(separator: "\n\n"))

        ## 发布

        新模型发布。
        """, id: Fixtures.qwenID)

    private func reading() -> AppDriver {
        var driver = AppDriver()
        driver.open(Self.linking)
        return driver
    }

    @Test("Enter on an HTML footnote marker jumps to the note, Backspace comes back")
    func htmlFootnote() throws {
        var driver = reading()
        driver.press(.tab, .enter)
        let article = try #require(driver.article)
        let note = try #require(article.rendered.anchors.target(forFragment: "f1"))
        #expect(article.top == min(note.line, driver.maxTop))
        #expect(driver.lines.contains { $0.contains("注释的正文") })
        driver.press(.backspace)
        #expect(driver.article?.top == 0)
        #expect(driver.article?.selection == .link(0))
    }

    @Test("Enter on a link to another article opens it at its #heading over this one; Backspace returns to the same place")
    func otherArticle() throws {
        var driver = reading()
        driver.press(.character("j"), .tab, .tab)
        let before = try #require(driver.article)
        #expect(driver.press(.enter) == [.loadArticle(Fixtures.qwenID)])
        driver.send(.articleLoaded(Self.qwen))
        let opened = try #require(driver.article)
        #expect(opened.article.id == Fixtures.qwenID)
        #expect(opened.top > 0 && opened.top == driver.maxTop, "the heading is at the end: shown with the end at the bottom")
        #expect(driver.lines.contains { $0.trimmingCharacters(in: .whitespaces) == "发布" })
        driver.press(.backspace)
        let back = try #require(driver.article)
        #expect(back.article.id == Fixtures.scaleID)
        #expect(back.top == before.top)
        #expect(back.selection == before.selection)
    }

    @Test("the resolver finds articles by relative path, ref target, and site path; web links are not internal")
    func resolver() {
        let library = InternalLinkResolver(articles: [
            (ArticleID("posts/b"), "posts/b.md"), (ArticleID("docs/config"), "docs/config/index.zh-hans.md"),
            (ArticleID("_posts/hello-world"), "_posts/hello-world.md"),
        ])
        #expect(library.resolve("b.md", from: "posts/a.md")?.id == ArticleID("posts/b"))
        #expect(library.resolve("../docs/config/#x", from: "posts/a.md")?.fragment == "x")
        #expect(library.resolve("ref:/docs/config", from: "posts/a.md")?.id == ArticleID("docs/config"))
        #expect(library.resolve("/posts/b/", from: "docs/config/index.zh-hans.md")?.id == ArticleID("posts/b"))
        #expect(library.resolve("ref:hello-world", from: "posts/a.md")?.id == ArticleID("_posts/hello-world"))
        #expect(library.resolve("https://e.com/posts/b", from: "posts/a.md") == nil)
        #expect(library.resolve("#x", from: "posts/a.md") == nil)
        #expect(library.resolve("missing.md", from: "posts/a.md") == nil)
        let translated = InternalLinkResolver(articles: [
            (ArticleID("zh-cn/docs/tags"), "zh-cn/docs/tags.md"), (ArticleID("zh-tw/docs/tags"), "zh-tw/docs/tags.md"),
        ])
        #expect(translated.resolve("/docs/tags", from: "zh-tw/docs/setup.md")?.id == ArticleID("zh-tw/docs/tags"))
        #expect(translated.resolve("/docs/tags", from: "other/a.md") == nil, "two equally near: no guess")
    }

    @Test("a link to a page bundle of translations (index.zh-hans.md) opens the one in the linking article's language")
    func translatedBundles() {
        let library = InternalLinkResolver(articles: [
            (ArticleID("docs/widgets/social-links/index.zh-hans"), "docs/widgets/social-links/index.zh-hans.md"),
            (ArticleID("docs/widgets/social-links/index.zh-hant"), "docs/widgets/social-links/index.zh-hant.md"),
            (ArticleID("docs/installation/index.zh-Hans"), "docs/installation/index.zh-Hans.md"),
            (ArticleID("about.en"), "about.en.md"), (ArticleID("about"), "about.md"), (ArticleID("v1.2"), "v1.2.md"),
        ])
        #expect(library.resolve("ref:/docs/widgets/social-links", from: "docs/layouts/contact/index.zh-hant.md")?.id
                == ArticleID("docs/widgets/social-links/index.zh-hant"))
        #expect(library.resolve("ref:/docs/widgets/social-links", from: "docs/layouts/contact/index.zh-hans.md")?.id
                == ArticleID("docs/widgets/social-links/index.zh-hans"))
        #expect(library.resolve("ref:docs/installation", from: "docs/getting-started/index.zh-Hans.md")?.id
                == ArticleID("docs/installation/index.zh-Hans"))
        #expect(library.resolve("/widgets/social-links/", from: "posts/a.zh-hant.md")?.id == ArticleID("docs/widgets/social-links/index.zh-hant"))
        #expect(library.resolve("../about/", from: "posts/a.md")?.id == ArticleID("about"), "no language: the page without one")
        #expect(library.resolve("/about/", from: "posts/a.en.md")?.id == ArticleID("about.en"))
        #expect(library.resolve("v1.2.md", from: "a.md")?.id == ArticleID("v1.2"))
    }

    @Test("a permalink under a section or a date the file path lacks leads to the article; a tag page does not")
    func permalinks() {
        let library = InternalLinkResolver(articles: [
            (ArticleID("_posts/hello-world"), "_posts/hello-world.md"), (ArticleID("post/stack-theme"), "post/stack-theme/index.md"),
            (ArticleID("ai"), "ai.md"),
        ])
        #expect(library.resolve("/2024/05/01/hello-world/", from: "_posts/other.md")?.id == ArticleID("_posts/hello-world"))
        #expect(library.resolve("/p/stack-theme/#安装", from: "_posts/other.md")?.fragment == "安装")
        #expect(library.resolve("/p/stack-theme/", from: "_posts/other.md")?.id == ArticleID("post/stack-theme"))
        #expect(library.resolve("/tags/ai/", from: "_posts/other.md") == nil)
        #expect(library.resolve("/2024/05/01/", from: "_posts/other.md") == nil)
        #expect(library.resolve("/2024/05/01/missing/", from: "_posts/other.md") == nil)
    }
}
