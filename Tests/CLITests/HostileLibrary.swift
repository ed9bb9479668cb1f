import Foundation

/// A library whose article is full of escape sequences, and whose file names carry ESC and a
/// newline (issue #6, "Terminal safety"), with the exact strings its JSON must give back.
enum HostileLibrary {
    static let osc0 = "\u{1B}]0;pwned\u{07}"           // retitles the terminal
    static let osc52 = "\u{1B}]52;c;cHduZWQ=\u{07}"    // writes the clipboard
    static let clear = "\u{1B}[2J"                     // clears the screen
    static let dcs = "\u{1B}P1;2|q\u{1B}\\"            // device control string
    static let csi8 = "\u{9B}31m"                      // 8-bit CSI, red
    static let rlo = "\u{202E}"                        // right-to-left override

    static let title = "恶意标题" + osc0 + "可见" + clear + csi8 + rlo + "尾"
    static let summary = "摘要" + osc52 + "结束"
    static let tags = ["标签\u{1B}[31m", "\u{2066}隔离\u{2069}"]
    static let topic = "主题" + dcs
    static let label = "n\u{1B}P1q"
    static let citationTitle = "引文\u{1B}c\u{9B}2J标题"
    static let citationURL = "https://example.com/\u{9B}2J/\u{202E}evil"
    static let escapedName = "2025/esc\u{1B}]0;file\u{07}"
    static let newlineName = "2025/new\nline"

    /// The front matter spells the controls as YAML escapes (a raw control is a YAML error).
    static let article = """
        ---
        title: "恶意标题\\e]0;pwned\\a可见\\e[2J\\x9b31m\\u202e尾"
        date: 2025-06-25T09:10:04+08:00
        summary: "摘要\\e]52;c;cHduZWQ=\\a结束"
        tags: ["标签\\e[31m", "\\u2066隔离\\u2069"]
        main_topics: ["主题\\eP1;2|q\\e\\\\"]
        ---

        ### 小节\u{1B}[1;31m标题

        正文\(osc0)第二\(clear)段落\(csi8)\(rlo)反转\u{202C}。引用[^\(label)]，`code\u{1B}[5m`。

        ```
        code\(clear) block\u{1B}]0;code\u{07}
        ```

        ## 引用

        [^\(label)]: [\(citationTitle)](\(citationURL))·媒体\u{1B}[5m·作者\u{2067}（2025/6/24）·检索日期2025/6/25
        """

    static func make() throws -> CLILibrary {
        try CLILibrary(files: [
            "2025/hostile.md": article,
            escapedName + ".md": "正文\(osc0)。\n",
            newlineName + ".md": "正文。\n",
        ])
    }
}

/// One run of the binary, its output kept as bytes (a lossy decoding could hide a stray byte).
struct RawOutput {
    var status: Int32
    var stdout: Data
    var stderr: Data

    static func run(_ arguments: [String]) throws -> RawOutput {
        try CLIRunner.runRaw(arguments)
    }

    /// Standard output as text; nil when it is not valid UTF-8.
    var text: String? { String(data: stdout, encoding: .utf8) }
    var errorText: String? { String(data: stderr, encoding: .utf8) }
}
