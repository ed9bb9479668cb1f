import Testing
@testable import NewsCore

@Suite("Front matter: finding the block")
struct FrontMatterSplitTests {
    @Test("YAML between --- lines is read and the body starts after the closing fence")
    func yamlBlock() {
        let result = FrontMatterParser.parse("---\ntitle: Scale AI 的中立性\n---\n> 导语\n\n正文。\n")
        #expect(result.frontMatter.format == .yaml)
        #expect(result.frontMatter.title == "Scale AI 的中立性")
        #expect(result.body == "> 导语\n\n正文。\n")
        #expect(result.bodyStartLine == 4)
        #expect(result.diagnostics.isEmpty)
    }

    @Test("TOML between +++ lines is read")
    func tomlBlock() {
        let result = FrontMatterParser.parse("+++\ntitle = \"数据中立\"\ndraft = true\n+++\n正文\n")
        #expect(result.frontMatter.format == .toml)
        #expect(result.frontMatter.title == "数据中立")
        #expect(result.frontMatter.draft)
        #expect(result.body == "正文\n")
        #expect(result.bodyStartLine == 5)
    }

    @Test("A file without front matter is all body")
    func noFrontMatter() {
        let text = "# 标题\n\n正文第一段。\n\n---\n\n更多。\n"
        let result = FrontMatterParser.parse(text)
        #expect(result.frontMatter == FrontMatter())
        #expect(result.body == text)
        #expect(result.bodyStartLine == 1)
        #expect(result.diagnostics.isEmpty)
    }

    @Test("An empty file gives an empty body and no problems")
    func emptyFile() {
        let result = FrontMatterParser.parse("")
        #expect(result.body == "")
        #expect(result.bodyStartLine == 1)
        #expect(result.diagnostics.isEmpty)
    }

    @Test("Blank lines before the opening fence are allowed and line numbers still count them")
    func blankLinesBeforeFence() {
        let result = FrontMatterParser.parse("\n  \n---\ntitle: 标题\n---\n正文\n")
        #expect(result.frontMatter.title == "标题")
        #expect(result.body == "正文\n")
        #expect(result.bodyStartLine == 6)
    }

    @Test("A closer of six dashes or with trailing spaces closes the block")
    func irregularClosers() {
        let long = FrontMatterParser.parse("---\ntitle: 甲\n------\n正文\n")
        #expect(long.frontMatter.title == "甲")
        #expect(long.body == "正文\n")
        let spaced = FrontMatterParser.parse("---   \ntitle: 乙\n---  \t\n正文\n")
        #expect(spaced.frontMatter.title == "乙")
        #expect(spaced.body == "正文\n")
    }

    @Test("A file that ends right after the closing fence has an empty body")
    func closerAtEndOfFile() {
        let result = FrontMatterParser.parse("---\ntitle: 只有标题\n---")
        #expect(result.frontMatter.title == "只有标题")
        #expect(result.body == "")
        #expect(result.bodyStartLine == 4)
    }

    @Test("An empty block gives YAML front matter with no fields and no problems")
    func emptyBlock() {
        let result = FrontMatterParser.parse("---\n---\n正文\n")
        #expect(result.frontMatter == FrontMatter(format: .yaml))
        #expect(result.diagnostics.isEmpty)
        #expect(result.body == "正文\n")
    }

    @Test("Hexo front matter without an opening fence ends at the first --- line")
    func hexoBlock() {
        let text = "title: 来都来了\ndate: 2018-01-01 10:00:00\ntags:\n- 随笔\n- 旅行\n---\n正文第一段。\n"
        let result = FrontMatterParser.parse(text)
        #expect(result.frontMatter.format == .yaml)
        #expect(result.frontMatter.title == "来都来了")
        #expect(result.frontMatter.tags == ["随笔", "旅行"])
        #expect(result.frontMatter.date?.iso8601 == "2018-01-01T10:00:00+00:00")
        #expect(result.body == "正文第一段。\n")
        #expect(result.bodyStartLine == 7)
    }

    @Test("A first line like 'Note: …' followed by prose is not taken for Hexo front matter")
    func proseIsNotHexo() {
        let text = "Note: 这是一段说明。\n\n正文里有一条分隔线\n---\n之后的内容\n"
        let result = FrontMatterParser.parse(text)
        #expect(result.frontMatter.format == .none)
        #expect(result.body == text)
    }

    @Test("A Hexo-looking first line followed by prose before the --- is not front matter")
    func hexoKeyThenProse() {
        let text = "title: 不是元数据\n这是一段正文，没有冒号也没有缩进。\n---\n"
        let result = FrontMatterParser.parse(text)
        #expect(result.frontMatter.format == .none)
        #expect(result.body == text)
    }

    @Test("A Hexo-looking first line with no --- after it is not front matter")
    func hexoWithoutCloser() {
        let text = "date: 2020-01-01\n"
        let result = FrontMatterParser.parse(text)
        #expect(result.frontMatter.format == .none)
        #expect(result.body == text)
    }

    @Test("Unterminated front matter is an error on the opening line and the rest of the file is the body")
    func unterminated() {
        let result = FrontMatterParser.parse("\n---\ntitle: 没有结束\n\n正文。\n")
        #expect(result.diagnostics.count == 1)
        #expect(result.diagnostics.first?.severity == .error)
        #expect(result.diagnostics.first?.line == 2)
        #expect(result.diagnostics.first?.message.contains("never closed") == true)
        #expect(result.body == "title: 没有结束\n\n正文。\n")
        #expect(result.bodyStartLine == 3)
    }

    @Test("A file that opens with a thematic break and no closer has no front matter and no problem")
    func thematicBreakAtStart() {
        let text = "---\n\n第一段正文，开头是一条分隔线。\n"
        let result = FrontMatterParser.parse(text)
        #expect(result.frontMatter.format == .none)
        #expect(result.diagnostics.isEmpty)
        #expect(result.body == text)
        #expect(result.bodyStartLine == 1)
    }

    @Test("Unterminated front matter whose first field has a quoted key is still reported")
    func unterminatedQuotedKey() {
        let result = FrontMatterParser.parse("---\n\"title\": 引号键\n正文\n")
        #expect(result.diagnostics.map(\.severity) == [.error])
        #expect(result.bodyStartLine == 2)
    }

    @Test("Unterminated TOML front matter is reported too")
    func unterminatedTOML() {
        let result = FrontMatterParser.parse("+++\ntitle = \"x\"\n")
        #expect(result.frontMatter.format == .toml)
        #expect(result.diagnostics.map(\.line) == [1])
        #expect(result.body == "title = \"x\"\n")
    }
}
