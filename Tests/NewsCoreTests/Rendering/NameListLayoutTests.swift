import Testing
@testable import NewsCore

@Suite("Tags and topics in the article header")
struct NameListLayoutTests {
    private let tags = ["#数据中立性", "#Scale AI", "#投资", "#数据标注"]

    @Test("a Chinese tag is never split between lines when it fits on one", arguments: [16, 20, 25, 40])
    func keepsTagsWhole(width: Int) {
        let lines = NameListLayout.lines(label: "标签 ", names: tags, separator: " ", style: [], width: width)
        let words = lines.flatMap { $0.text.split(separator: " ") }.filter { $0 != "标签" }.map(String.init)
        #expect(words == ["#数据中立性", "#Scale", "AI", "#投资", "#数据标注"])
        #expect(lines.allSatisfy { DisplayWidth.of($0.text) <= width })
    }

    @Test("continuation lines are indented under the first name")
    func indentsContinuationLines() {
        let lines = NameListLayout.lines(label: "标签 ", names: tags, separator: " ", style: [], width: 20).map(\.text)
        #expect(lines == ["标签 #数据中立性", "     #Scale AI #投资", "     #数据标注"])
    }

    @Test("a name wider than the line wraps inside the width")
    func wrapsOverlongNames() {
        let lines = NameListLayout.lines(label: "主题 ", names: ["投融资与市场洞察"], separator: " · ", style: .bold, width: 12)
        #expect(lines.count > 1)
        #expect(lines.allSatisfy { DisplayWidth.of($0.text) <= 12 })
        #expect(lines.map(\.text).joined().replacingOccurrences(of: " ", with: "") == "主题投融资与市场洞察")
    }
}
