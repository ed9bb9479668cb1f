import Foundation
import Testing

/// A Hexo site as real blogs write it: raw HTML, comments, shortcodes, links between articles,
/// images beside the post and in the site's folders, credit lines that rely on `marked.breaks`.
private let siteFiles: [String: String] = [
    "_config.yml": "title: 测试站\nlanguage: zh-CN\n",
    "source/images/logo.png": "png",
    "source/_posts/hello/figure.png": "png",
    "source/_posts/hello.md": """
        ---
        title: 你好
        date: 2025-06-01
        ---

        导语<!--# 作者的私人笔记，不给读者看 -->。<!--more-->

        原文链接=https://example.com/orig
        作者=甲
        译者=乙

        ## 正文

        见[官网](https://hidden-host.example/site)与{% post_link other '另一篇' %}，脚注<sup id="a1">[1](#f1)</sup>。

        ![](/images/logo.png) ![图](figure.png) ![](gone.png)

        {{< icon "x" >}}[坏锚点](#nowhere)

        <b id="f1">1</b> 注释 [↩](#a1)

        <!-- 未终止的注释
        """,
    "source/_posts/other.md": """
        ---
        title: 另一篇
        date: 2025-05-01
        ---

        正文讲到更多的细节。
        """,
]

@Suite("Real libraries: HTML, comments, shortcodes, links and images from the command line")
struct RealLibraryCLITests {
    private func library() throws -> CLILibrary { try CLILibrary(files: siteFiles) }

    @Test("plain show: no comment or shortcode text, credit lines apart, heading marks, numbered links and their list")
    func plainShow() throws {
        let site = try library()
        let source = site.root.appendingPathComponent("source").path
        let output = try CLIRunner.run(["show", "_posts/hello", "--library", source, "--color", "never", "--width", "60"])
        #expect(output.status == 0, "\(output.stderr)")
        let text = output.stdout
        #expect(!text.contains("私人笔记") && !text.contains("<!--") && !text.contains("more") && !text.contains("{%"))
        #expect(!text.contains("{{<") && !text.contains("<sup") && !text.contains("<b"))
        #expect(text.contains("原文链接=https://example.com/orig\n作者=甲\n译者=乙\n"))
        #expect(text.contains("## 正文"))
        #expect(text.contains("官网<1>与另一篇<2>，脚注[1]。"), "link numbers never look like the footnote marker")
        #expect(text.contains("[图片] images/logo.png<3>"))
        #expect(text.contains("_posts/hello/figure.png<4>") && text.contains("[图片] _posts/gone.png<5>"))
        #expect(text.contains("链接 Links"))
        #expect(text.contains("1. https://hidden-host.example/site\n2. ref:other\n3. [图片] images/logo.png\n"))
    }

    @Test("--hyperlinks prints local images as file:// URLs a terminal can open")
    func hyperlinkedImages() throws {
        let site = try library()
        let source = site.root.appendingPathComponent("source").path
        let output = try CLIRunner.run(["show", "_posts/hello", "--library", source, "--color", "never", "--hyperlinks", "--width", "200", "--text-width", "0"])
        let logo = URL(fileURLWithPath: source).appendingPathComponent("images/logo.png").standardizedFileURL.absoluteString
        #expect(output.stdout.contains("[图片] \(logo)"), "\(output.stdout)")
        #expect(!output.stdout.contains("链接 Links") && !output.stdout.contains("<1>"), "hyperlinks are clickable: no numbers")
    }

    @Test("breaks = false in config.toml overrides the site's marked.breaks")
    func breaksSetting() throws {
        let site = try library()
        let config = site.root.appendingPathComponent("config.toml")
        try "breaks = false\n".write(to: config, atomically: true, encoding: .utf8)
        let source = site.root.appendingPathComponent("source").path
        let output = try CLIRunner.run(["show", "_posts/hello", "--library", source, "--color", "never", "--width", "80",
                                        "--config", config.path])
        #expect(output.stdout.contains("作者=甲译者=乙"), "\(output.stdout)")
    }

    @Test("links lists body links, images and citations in order with their kind; open N opens any of them")
    func linksAndOpen() throws {
        let site = try library()
        let source = site.root.appendingPathComponent("source").path
        let output = try CLIRunner.run(["links", "_posts/hello", "--json", "--library", source])
        let links = try #require(try output.json() as? [[String: Any]])
        #expect(links.map { $0["kind"] as? String } == ["link", "link", "image", "image", "image"])
        #expect(links.map { $0["n"] as? Int } == Array(1...5))
        #expect(links.map { $0["url"] as? String } == ["https://hidden-host.example/site", "ref:other", "/images/logo.png", "figure.png", "gone.png"])
        let open = try CLIRunner.run(["open", "_posts/hello", "1", "--dry-run", "--library", source])
        #expect(open.status == 0, "\(open.stderr)")
        #expect(open.stdout.hasPrefix("would open https://hidden-host.example/site"))
        let image = try CLIRunner.run(["open", "_posts/hello", "3", "--dry-run", "--library", source])
        #expect(image.status == 1, "a local path is refused by the URL policy")
    }

    @Test("check reports the unterminated comment, the unknown shortcode, the anchor without target and the missing image")
    func check() throws {
        let site = try library()
        let source = site.root.appendingPathComponent("source").path
        let output = try CLIRunner.run(["check", "--library", source])
        let text = output.stdout
        #expect(text.contains("_posts/hello.md:22: warning: unterminated HTML comment"), "\(text)")
        #expect(text.contains("_posts/hello.md:18: warning: unknown shortcode `icon`"))
        #expect(text.contains("link to `#nowhere` has no target"))
        #expect(text.contains("image not found: _posts/gone.png"))
        // figure.png (Hexo's asset folder) and logo.png are found; only their bytes are no picture.
        #expect(!text.contains("image not found: _posts/hello/figure.png") && !text.contains("image not found: images/logo.png"))
        #expect(text.contains("image figure.png: not a PNG, JPEG, GIF or WebP image"))
    }

    @Test("search finds what a reader reads, not comments, URLs or markup")
    func search() throws {
        let site = try library()
        let source = site.root.appendingPathComponent("source").path
        for hidden in ["more", "私人笔记", "hidden", "icon", "未终止", "nowhere"] {
            let output = try CLIRunner.run(["search", hidden, "--library", source, "--json"])
            let hits = try #require(try output.json() as? [[String: Any]])
            #expect(hits.isEmpty, "\(hidden) found")
        }
        let found = try #require(try CLIRunner.run(["search", "注释", "--library", source, "--json"]).json() as? [[String: Any]])
        #expect(found.count == 1)
    }
}
