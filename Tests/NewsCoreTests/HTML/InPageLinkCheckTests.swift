import Testing
@testable import NewsCore

@Suite("Links to #ids the article lacks are reported")
struct InPageLinkCheckTests {
    private func warnings(_ body: String, checkingInPageLinks: Bool = true) -> [String] {
        ArticleBodyParser.parse(body, checkingInPageLinks: checkingInPageLinks).diagnostics
            .map(\.message).filter { $0.contains("has no target") }
    }

    @Test("a link to a missing id is reported once; links to a heading, its slug or an anchor are not")
    func missingTargets() {
        let body = """
            ## 安装 Steps

            见[上文](#安装-steps)、[另一处](#使用Git更新)、[锚点](#here)和[缺失](#nowhere)，再次[缺失](#nowhere)。

            ### 使用git更新

            <a id="here"></a>正文。
            """
        #expect(warnings(body) == ["link to `#nowhere` has no target in the article"])
    }

    @Test("a Hexo-style link (`_` written `-`) finds its heading; a near miss is still reported")
    func hexoStyle() {
        let body = "### list_categories\n\n见[分类](#list-categories)与[标签](#list-tags)。\n"
        #expect(warnings(body) == ["link to `#list-tags` has no target in the article"])
    }

    @Test("a repeated heading's second id has -1; an explicit {#id} replaces the slug")
    func headingIDs() {
        let body = "## 概述\n\n## 概述\n\n## 标题 {#custom}\n\n[a](#概述-1) [b](#custom) [c](#标题)\n"
        #expect(warnings(body) == ["link to `#标题` has no target in the article"])
    }

    @Test("links inside emphasis, tables and quotes are checked; an article without # links has no warning")
    func nestedLinks() {
        #expect(warnings("> **见[缺失](#a)**\n\n| 列 |\n|---|\n| [缺](#b) |\n") == [
            "link to `#a` has no target in the article", "link to `#b` has no target in the article",
        ])
        #expect(warnings("# 标题\n\n[外链](https://e.com) 正文。\n").isEmpty)
    }

    @Test("without the check the document is the same, minus those warnings")
    func skippingTheCheck() {
        let body = "## 甲\n\n[缺失](#nowhere) 与 {{< unknown >}}\n"
        let checked = ArticleBodyParser.parse(body)
        let unchecked = ArticleBodyParser.parse(body, checkingInPageLinks: false)
        #expect(warnings(body, checkingInPageLinks: false).isEmpty)
        #expect(unchecked.blocks == checked.blocks && unchecked.footnotes == checked.footnotes)
        #expect(unchecked.diagnostics == checked.diagnostics.filter { !$0.message.contains("has no target") })
        #expect(unchecked.diagnostics.contains { $0.message.contains("unknown shortcode") })
    }
}
