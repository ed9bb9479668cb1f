import Foundation
import Testing

/// The featured picture in a real terminal: tmux at 100×40, `images = "symbols"` (issue 15).
@Suite("Pictures in the reader in tmux", .serialized, .enabled(if: TmuxSession.isAvailable, "tmux is not installed"))
struct PictureEndToEndTests {
    /// A sample-library chart (Scripts/make-sample-images.py) in the source tree.
    static let chart = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .appendingPathComponent("../../Resources/Library/images/2025/11/inference-price-war.png").standardizedFileURL

    /// Screen rows (0-based) holding coloured block symbols: a 256-colour SGR and a quadrant or
    /// half block, as `capture-pane -e` shows them.
    static func pictureRows(_ screen: String) -> [Int] {
        let blocks = CharacterSet(charactersIn: Unicode.Scalar(0x2580)!...Unicode.Scalar(0x259F)!)
        return screen.components(separatedBy: "\n").enumerated().compactMap { index, line in
            let coloured = line.contains("\u{1B}[48;5;") || line.contains("\u{1B}[38;5;")
            return coloured && line.unicodeScalars.contains(where: blocks.contains) ? index : nil
        }
    }

    /// The picture rows once `condition` holds for two captures in a row, so a frame caught
    /// while the terminal is still drawing it (on a busy machine) is not taken for the picture.
    static func settledPictureRows(_ what: String, in session: TmuxSession,
                                   _ condition: @escaping ([Int]) -> Bool) throws -> [Int] {
        var last: [Int]?
        return try Poll.until(what) { () -> [Int]? in
            let rows = pictureRows(try session.screenWithAttributes())
            defer { last = rows }
            return condition(rows) && rows == last ? rows : nil
        }
    }

    /// The reader in tmux at 100×40 with `images = "symbols"`, on a library of one article whose
    /// featured image is the sample chart, followed by 60 paragraphs; keep the environment
    /// while the session runs (its folder goes with it).
    static func openReader() throws -> (ReaderEnvironment, TmuxSession) {
        let base = try ReaderEnvironment()
        let library = try base.folder.subfolder("library")
        try FileManager.default.createDirectory(atPath: library + "/images", withIntermediateDirectories: true)
        try FileManager.default.copyItem(atPath: Self.chart.path, toPath: library + "/images/chart.png")
        let body = (1...60).map { "第\($0)段：价格战的正文。" }.joined(separator: "\n\n")
        try Data("""
            ---
            title: 图片文章
            date: 2025-06-01
            featured_image: /images/chart.png
            ---

            \(body)
            """.utf8).write(to: URL(fileURLWithPath: library + "/picture.md"))
        let config = try base.folder.subfolder("config/newsreader")
        try Data("images = \"symbols\"\n".utf8).write(to: URL(fileURLWithPath: config + "/config.toml"))
        let session = try TmuxSession(command: [ReaderEnvironment.binary, "--library", library],
                                      environment: base.variables, folder: base.folder, width: 100, height: 40)
        return (base, session)
    }

    @Test("the featured picture shows as coloured block rows under the header and scrolls with the text")
    func featuredPicture() throws {
        let (environment, session) = try Self.openReader()
        defer { withExtendedLifetime(environment) { session.close() } }

        try session.waitFor("图片文章")
        try session.press("Enter")
        try session.waitFor("第1段")
        let first = try Self.settledPictureRows("the picture to fill in", in: session) { rows in rows.count >= 5 }
        let text = try session.screen().components(separatedBy: "\n")
        let placeholder = try #require(text.firstIndex { $0.contains("[图片] /images/chart.png") })
        #expect(first.first == placeholder + 1, "the picture starts right under the [图片] line")
        #expect(first.count <= 20, "at most half the screen high")
        #expect(text.firstIndex { $0.contains("第1段") }! > first.last!, "the text follows the picture")

        try session.press("j", "j", "j")
        let scrolled = try Self.settledPictureRows("the picture to scroll up", in: session) { rows in rows.first == first.first! - 3 }
        #expect(scrolled.count == first.count)
    }

    @Test("Tab selects the featured image, Enter shows it filling most of the screen, Backspace returns")
    func fullScreenPicture() throws {
        let (environment, session) = try Self.openReader()
        defer { withExtendedLifetime(environment) { session.close() } }

        try session.waitFor("图片文章")
        try session.press("Enter")
        try session.waitFor("第1段")
        let inline = try Self.settledPictureRows("the inline picture to fill in", in: session) { rows in rows.count >= 5 }
        try session.press("Tab")
        try session.waitFor("/images/chart.png — ")
        try session.press("Enter")
        try session.waitFor("[图片: 题图] /images/chart.png")
        let full = try Self.settledPictureRows("the full-screen picture", in: session) { rows in rows.count > 20 }
        #expect(full.count > inline.count, "larger than the picture in the article")
        #expect(!(try session.screen().contains("第1段")), "the article is covered")

        try session.press("BSpace")
        try session.waitFor("第1段")
        let back = try Self.settledPictureRows("the article as it was", in: session) { rows in rows == inline }
        #expect(back == inline)
    }
}
