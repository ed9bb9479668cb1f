import Foundation
import Testing

/// The reader on an article full of escape sequences, in a real terminal (issue #6, "Terminal
/// safety", "Tests"): the pane's title, the clipboard and the screen stay untouched, and every
/// control shows as a visible marker.
@Suite("The reader shows hostile articles without obeying them", .serialized,
       .enabled(if: TmuxSession.isAvailable, "tmux is not installed"))
struct HostileArticleEndToEndTests {
    static let osc0 = "\u{1B}]0;pwned\u{07}"               // retitles the terminal (BEL-terminated)
    static let osc2 = "\u{1B}]2;pwned2\u{1B}\\"            // retitles it too (ST-terminated)
    static let osc52 = "\u{1B}]52;c;cHduZWQ=\u{07}"        // writes the clipboard
    static let clear = "\u{1B}[2J\u{1B}[H"                 // clears the screen, cursor home
    static let dcs = "\u{1B}P1;2|q\u{1B}\\"                // device control string

    /// The article: controls in the title (as YAML escapes), headings, every paragraph, code,
    /// the footnote label and every citation field; long enough to scroll through.
    static var article: String {
        var lines = [
            "---",
            #"title: "恶意标题\e]0;pwned\a可见\e[2J\x9b31m\u202e尾""#,
            "date: 2025-06-25T09:10:04+08:00",
            #"summary: "摘要\e]52;c;cHduZWQ=\a结束""#,
            #"tags: ["标签\e[31m", "\u2066隔离\u2069"]"#,
            "---",
            "",
            "### 小节\u{1B}[1;31m标题",
            "",
            "开头\(osc0)第一段\(osc52)\(clear)仍在\u{9B}2J\u{202E}反转\u{202C}。引用[^n\u{1B}P1q]。",
            "",
        ]
        for number in 1...40 {
            lines += ["第\(number)段\(clear)内容\(osc2)继续\(dcs)结束。", ""]
        }
        lines += [
            "```", "code\(clear) block\(osc0)", "```", "",
            "## 引用", "",
            "[^n\u{1B}P1q]: [引文\u{1B}c\u{9B}2J标题](https://example.com/\u{9B}2J/\u{202E}evil)·媒体\u{1B}[5m·作者\u{2067}（2025/6/24）·检索日期2025/6/25",
        ]
        return lines.joined(separator: "\n") + "\n"
    }

    /// A library with the article and two files whose names carry ESC and a newline (both
    /// undated, so the problems screen names them).
    static func makeLibrary(in folder: TemporaryFolder) throws -> String {
        let root = try folder.subfolder("hostile-library")
        let files = [
            "2025/hostile.md": article,
            "2025/esc\u{1B}]0;file\u{07}.md": "正文\(osc0)。\n",
            "2025/new\nline.md": "正文。\n",
        ]
        for (path, text) in files {
            let url = URL(fileURLWithPath: root).appendingPathComponent(path)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(text.utf8).write(to: url)
        }
        return root
    }

    /// The title with every control shown: what the library and the reader must display.
    static let shownTitle = "恶意标题␛]0;pwned␇可见␛[2J\u{FFFD}31m\u{FFFD}尾"

    @Test("library, article, scrolling, link list and problems: markers shown, title and clipboard untouched, terminal restored")
    func hostileArticleIsShownNotObeyed() throws {
        let environment = try ReaderEnvironment()
        let library = try Self.makeLibrary(in: environment.folder)
        let session = try TmuxSession(command: [ReaderEnvironment.binary, "--library", library],
                                      environment: environment.variables, folder: environment.folder)
        defer { session.close() }
        // tmux keeps OSC 52 writes as paste buffers only when applications may set the clipboard.
        _ = try Tmux.run(["-u", "-L", session.socket, "-f", "/dev/null", "set-option", "-s", "set-clipboard", "on"])
        let title = try session.value("#{pane_title}")
        func expectUntouched(_ step: String, _ sourceLocation: SourceLocation = #_sourceLocation) throws {
            let now = try session.value("#{pane_title}")
            #expect(now == title && !now.contains("pwned"), "pane title after \(step): \(now.debugDescription)",
                    sourceLocation: sourceLocation)
            let buffers = try Tmux.run(["-u", "-L", session.socket, "-f", "/dev/null", "list-buffers"])
            #expect(buffers.isEmpty, "clipboard written after \(step): \(buffers.debugDescription)", sourceLocation: sourceLocation)
        }

        // The library: the title and the file name with ESC, markers in place of the controls.
        try session.waitFor(String(Self.shownTitle.prefix(12)))
        let list = try session.waitFor("esc␛]0;file␇")
        #expect(list.contains("#标签␛[31m") || list.contains("标签␛[31m"))
        try expectUntouched("the library")

        // The oldest article is at the bottom; open it.
        try session.press("G")
        try session.press("Enter")
        let opened = try session.waitFor("开头␛]0;pwned␇第一段␛]52;c;cHduZWQ=␇␛[2J␛[H仍在")
        #expect(opened.contains("小节␛[1;31m标题"))
        #expect(opened.contains("\u{FFFD}2J\u{FFFD}反转\u{FFFD}"))
        #expect(opened.contains("恶意标题"), "the title bar survives: nothing cleared the screen")
        try expectUntouched("opening the article")

        // Scroll page by page to the end: each page shows its markers, none clears the screen.
        for _ in 0..<4 {
            try session.press("Space")
            let page = try session.waitFor("␛[2J␛[H内容␛]2;pwned2␛\\继续␛P1;2|q␛\\结束")
            #expect(page.contains("恶意标题"), "the title bar stays through scrolling")
        }
        try session.press("G")
        let end = try session.waitFor("引文␛c\u{FFFD}2J标题")
        #expect(end.contains("第40段"))
        #expect(end.contains("code␛[2J␛[H block␛]0;pwned␇"))
        #expect(end.contains("https://example.com/\u{FFFD}2J/\u{FFFD}evil"))
        #expect(end.contains("媒体␛[5m"))
        try expectUntouched("scrolling to the end")

        // The link list: the citation's title and URL with markers.
        try session.press("L")
        let links = try session.waitFor("https://example.com/\u{FFFD}2J/\u{FFFD}evil")
        #expect(links.contains("引文␛c\u{FFFD}2J标题"))
        try expectUntouched("the link list")
        try session.press("Escape")
        try session.waitForScreen("the link list closed") { !$0.contains("链接") || $0.contains("开头") || $0.contains("code") }

        // Back to the library, then the problems screen: the file names, controls shown.
        try session.press("q")
        try session.waitFor("esc␛]0;file␇")
        try session.press("!")
        let problems = try session.waitFor("2025/esc␛]0;file␇.md")
        #expect(problems.contains("2025/new"))
        try expectUntouched("the problems screen")

        try session.press("q")
        try session.press("q")
        #expect(try session.waitForExitStatus() == 0)
        #expect(try session.value("#{alternate_on}") == "0")
        try expectUntouched("quitting")
    }
}
