import Testing
@testable import NewsCore

/// CJK-friendly emphasis (`cjk-friendly-emphasis-spec.md`, FORMAT.md "Emphasis next to CJK"):
/// delimiters directly against Chinese, Japanese and Korean text and full-width punctuation.
@Suite("CJK-friendly emphasis")
struct CJKEmphasisTests {
    private func parse(_ text: String) -> [Inline] {
        InlineParser(linkReferences: [:]).parse(text)
    }

    // MARK: - Cases from real articles

    @Test("underscores inside a Chinese sentence before a full-width comma make emphasis")
    func underscoreBeforeFullWidthComma() {
        #expect(parse("需要_专家级数据_，即") == [.text("需要"), .emphasis([.text("专家级数据")]), .text("，即")])
    }

    @Test("bold around Chinese quotation marks between Han characters is strong")
    func boldAroundCurlyQuotes() {
        #expect(parse("押注**“超级智能”**的时代") == [.text("押注"), .strong([.text("“超级智能”")]), .text("的时代")])
    }

    @Test("bold around an amount with digits and Han is strong")
    func boldAroundAmount() {
        #expect(parse("价值**143亿美元**的交易") == [.text("价值"), .strong([.text("143亿美元")]), .text("的交易")])
    }

    @Test("bold between a full-width colon and a full-width full stop is strong")
    func boldBetweenColonAndFullStop() {
        #expect(parse("：**来都来了**。") == [.text("："), .strong([.text("来都来了")]), .text("。")])
    }

    @Test("bold starting with a full-width parenthesis is strong")
    func boldStartingWithParenthesis() {
        #expect(parse("**（1）第一个十年**。") == [.strong([.text("（1）第一个十年")]), .text("。")])
    }

    @Test("underscores in the middle of Han text make emphasis")
    func underscoreBetweenHan() {
        #expect(parse("需要_专家级_数据") == [.text("需要"), .emphasis([.text("专家级")]), .text("数据")])
    }

    // MARK: - Punctuation on either side

    @Test("bold ending in a closing quotation mark before a Han character is strong")
    func boldEndingInClosingQuote() {
        #expect(parse("他说**“不”**然后离开") == [.text("他说"), .strong([.text("“不”")]), .text("然后离开")])
    }

    @Test("bold around corner brackets is strong")
    func boldAroundCornerBrackets() {
        #expect(parse("这是**「重点」**内容") == [.text("这是"), .strong([.text("「重点」")]), .text("内容")])
    }

    @Test("bold around book title marks is strong")
    func boldAroundBookTitleMarks() {
        #expect(parse("阅读**《三体》**后") == [.text("阅读"), .strong([.text("《三体》")]), .text("后")])
    }

    @Test("emphasis ending in a full-width question mark before Han is emphasis")
    func emphasisEndingInQuestionMark() {
        #expect(parse("问题是*为什么？*答案") == [.text("问题是"), .emphasis([.text("为什么？")]), .text("答案")])
    }

    @Test("bold after a full-width comma and before an ideographic full stop is strong")
    func boldBetweenCommaAndFullStop() {
        #expect(parse("首先，**数据中立性**。") == [.text("首先，"), .strong([.text("数据中立性")]), .text("。")])
    }

    @Test("bold wrapping a whole sentence with its full stop is strong")
    func boldWithFullStopInside() {
        #expect(parse("**这是结论。**下一句") == [.strong([.text("这是结论。")]), .text("下一句")])
    }

    @Test("bold ending in a full-width form quotation mark (with U+FE01) before Latin is strong")
    func boldEndingInFullWidthFormQuote() {
        #expect(parse("**“\u{FE01}Git”\u{FE01}**Hub") == [.strong([.text("“\u{FE01}Git”\u{FE01}")]), .text("Hub")])
    }

    @Test("bold ending in a Han character with an ideographic variation selector is strong")
    func boldAfterIdeographicVariationSelector() {
        #expect(parse("葛\u{E0100}**(正式表記)**城市") == [.text("葛\u{E0100}"), .strong([.text("(正式表記)")]), .text("城市")])
    }

    // MARK: - Japanese and Korean

    @Test("bold in Japanese kana text is strong")
    func boldInKana() {
        #expect(parse("これは**とても**大事です") == [.text("これは"), .strong([.text("とても")]), .text("大事です")])
    }

    @Test("bold around Japanese brackets before kana is strong")
    func boldAroundJapaneseBrackets() {
        #expect(parse("彼は**『はい』**と言った") == [.text("彼は"), .strong([.text("『はい』")]), .text("と言った")])
    }

    @Test("underscores in Japanese katakana text make emphasis")
    func underscoreInKatakana() {
        #expect(parse("この_データ_を使う") == [.text("この"), .emphasis([.text("データ")]), .text("を使う")])
    }

    @Test("bold in Korean Hangul text is strong")
    func boldInHangul() {
        #expect(parse("이것은**“중요”**합니다") == [.text("이것은"), .strong([.text("“중요”")]), .text("합니다")])
    }

    // MARK: - Mixed Latin and CJK

    @Test("bold around a Latin name inside Chinese is strong")
    func boldLatinNameInChinese() {
        #expect(parse("收购**Scale AI**的股份") == [.text("收购"), .strong([.text("Scale AI")]), .text("的股份")])
    }

    @Test("bold around a quoted Latin term between Han is strong")
    func boldQuotedLatinTerm() {
        #expect(parse("所谓**\"data neutrality\"**的原则") == [.text("所谓"), .strong([.text("\"data neutrality\"")]), .text("的原则")])
    }

    @Test("nested emphasis inside strong works next to CJK punctuation")
    func nestedEmphasisInStrong() {
        #expect(parse("：**关键是*速度*。**") == [.text("："), .strong([.text("关键是"), .emphasis([.text("速度")]), .text("。")])])
    }

    @Test("strikethrough around Chinese text next to punctuation works")
    func strikethroughInChinese() {
        #expect(parse("价格~~一百元~~，现在") == [.text("价格"), .strikethrough([.text("一百元")]), .text("，现在")])
    }

    @Test("a footnote reference right after bold CJK text stays a reference")
    func footnoteAfterBold() {
        #expect(parse("**重要**[^1]。") == [.strong([.text("重要")]), .footnoteReference(label: "1"), .text("。")])
    }

    // MARK: - Must stay literal

    @Test("underscores inside a Latin identifier stay literal")
    func snakeCaseStaysLiteral() {
        #expect(parse("调用snake_case_name函数") == [.text("调用snake_case_name函数")])
        #expect(parse("snake_case_name") == [.text("snake_case_name")])
    }

    @Test("asterisks between digits are multiplication, not emphasis")
    func multiplicationStaysLiteral() {
        #expect(parse("2*3*4") == [.text("2*3*4")])
        #expect(parse("提供7*24小时服务，5*8小时人工") == [.text("提供7*24小时服务，5*8小时人工")])
        #expect(parse("分辨率1920*1080，面积2**10") == [.text("分辨率1920*1080，面积2**10")])
    }

    @Test("emphasis around a product of digits still works")
    func emphasisAroundProduct() {
        #expect(parse("规格**2*3*4米**。") == [.text("规格"), .strong([.text("2*3*4米")]), .text("。")])
    }

    @Test("spaced asterisks in arithmetic stay literal")
    func spacedArithmeticStaysLiteral() {
        #expect(parse("结果是 2 * 3 * 4 。") == [.text("结果是 2 * 3 * 4 。")])
    }

    @Test("a delimiter followed by a space does not open emphasis in Chinese")
    func delimiterBeforeSpaceStaysLiteral() {
        #expect(parse("中文** 空格**后") == [.text("中文** 空格**后")])
    }

    @Test("underscores around quoted text between Han characters make emphasis")
    func underscoreAroundQuotes() {
        #expect(parse("所谓_“中立”_原则") == [.text("所谓"), .emphasis([.text("“中立”")]), .text("原则")])
    }

    @Test("underscores around a Latin part of a Chinese file name stay literal")
    func underscoreAroundLatinInFileName() {
        #expect(parse("文件名_v2_最终版") == [.text("文件名_v2_最终版")])
    }

    @Test("a lone underscore after Han text stays literal")
    func loneUnderscoreStaysLiteral() {
        #expect(parse("变量_名称") == [.text("变量_名称")])
    }

    @Test("mismatched delimiters next to CJK stay literal")
    func mismatchedDelimitersStayLiteral() {
        #expect(parse("这是*强调_的") == [.text("这是*强调_的")])
    }
}
