import Foundation
import Testing

/// The outline, related articles and pinyin filtering in the real binary (issue #17).
@Suite("Outline, related articles and pinyin in a real terminal", .serialized,
       .enabled(if: TmuxSession.isAvailable, "tmux is not installed"))
struct ReadingFeaturesEndToEndTests {
    @Test("typing pinyin initials in the tag picker keeps the matching tag, with the match highlighted")
    func pinyinPicker() throws {
        let environment = try ReaderEnvironment()
        let session = try environment.startReader()
        defer { session.close() }
        try session.waitFor(ReaderEndToEndTests.helixTitle)
        try session.press("t")
        try session.waitFor("标签 Tags")
        // 并购 (bìng gòu), typed without an input method.
        try session.type("bg")
        // One entry left of all the tags (the tally `1/N` under the box).
        try session.waitForScreen("the picker narrowed to 并购") {
            $0.contains("并购") && $0.range(of: #" 1/\d+ ─"#, options: .regularExpression) != nil
        }
        // The matched characters start a style of their own (the match highlight).
        let attributed = try session.screenWithAttributes().split(separator: "\n")
        let row = try #require(attributed.first { $0.contains("并购") && $0.contains("│") })
        #expect(row[..<row.range(of: "并购")!.lowerBound].hasSuffix("m"))
        try session.press("Enter")
        try session.waitForScreen("the list filtered to the Helix article") {
            $0.contains(ReaderEndToEndTests.helixTitle) && !$0.contains("Rust与内存安全")
        }
        try session.press("q")
    }

    @Test("t shows the outline; Enter jumps to a heading; Backspace goes back to where reading was")
    func outlineJumpAndBack() throws {
        let environment = try ReaderEnvironment()
        let session = try environment.startReader()
        defer { session.close() }
        try openHelixArticle(in: session)

        try session.press("t")
        let outline = try session.waitFor("目录 Outline")
        #expect(outline.contains("为什么是数据标注") && outline.contains("监管会介入吗"))
        // The last section heading of the body: four down from the first.
        try session.press("G")
        try session.press("k")
        try session.press("Enter")
        try session.waitForScreen("the reader at 监管会介入吗") {
            $0.contains("监管会介入吗") && !$0.contains("目录 Outline") && !$0.contains("交易本身：")
        }
        try session.press("BSpace")
        try session.waitForScreen("the reader back at the start") {
            $0.contains("交易本身") && $0.contains("约 ")
        }
        try session.press("q")
    }
}

extension ReadingFeaturesEndToEndTests {
    @Test("Tab reaches a related article after the references; Enter opens it; Backspace comes back")
    func relatedOpenedAndLeft() throws {
        let environment = try ReaderEnvironment()
        let session = try environment.startReader()
        defer { session.close() }
        try openHelixArticle(in: session)
        try session.press("G")
        try session.waitFor("相关文章 Related")
        var selected = false
        for _ in 0..<12 where !selected {
            try session.press("Tab")
            selected = (try? session.waitFor("相关 Related:", seconds: 0.5)) != nil
        }
        #expect(selected, "Tab never reached the Related section")
        try session.press("Enter")
        try session.waitForScreen("the related article open") { $0.contains("Neutral") && !$0.contains("相关文章 Related") }
        try session.press("BSpace")
        try session.waitForScreen("the Helix article again, at its end") {
            $0.contains("相关文章 Related") && $0.contains(ReaderEndToEndTests.helixTitle)
        }
        // Left at its end, the article is not in progress.
        try session.press("q")
        try session.waitForScreen("the library, nothing in progress") {
            $0.contains("1 article") && !$0.contains("◐ 在读")
        }
    }

    /// Filters the list by the tag 并购 typed in pinyin (`binggou`) and opens the Helix article.
    private func openHelixArticle(in session: TmuxSession) throws {
        try session.waitFor(ReaderEndToEndTests.helixTitle)
        try session.press("t")
        try session.type("binggou")
        try session.press("Enter")
        try session.waitForScreen("the Helix article alone") { !$0.contains("Rust与内存安全") }
        try session.press("Enter")
        try session.waitFor("交易本身")
    }
}
