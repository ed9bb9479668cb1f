import Foundation
import Testing

@Suite("Pictures in show and check")
struct ImageCommandTests {
    /// The sample library's pictures in the source tree (made by Scripts/make-sample-images.py).
    static let sampleImages = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .appendingPathComponent("../../Resources/Library/images").standardizedFileURL

    static let terminal = ["TERM": "xterm-256color", "COLORTERM": "truecolor"]

    /// A library with a good picture, a truncated one, text named .png, a remote and a missing one.
    private func library() throws -> CLILibrary {
        let library = try CLILibrary(files: [
            "2025/pictures.md": """
                ---
                title: 图片测试
                date: 2025-06-01
                featured_image: /images/chart.png
                ---

                第一段。

                ![坏掉的图](broken.png)

                ![不是图片](text.png)

                ![远程图片](https://example.com/a.png)

                ![不存在](/images/none.png)
                """,
        ])
        let chart = try Data(contentsOf: Self.sampleImages.appendingPathComponent("2025/09/sodium-ion-storage.png"))
        try FileManager.default.createDirectory(at: library.root.appendingPathComponent("images"), withIntermediateDirectories: true)
        try chart.write(to: library.root.appendingPathComponent("images/chart.png"))
        try chart.prefix(chart.count / 2).write(to: library.root.appendingPathComponent("2025/broken.png"))
        try Data("<html>not a picture</html>".utf8).write(to: library.root.appendingPathComponent("2025/text.png"))
        return library
    }

    private func show(_ arguments: [String], environment: [String: String] = terminal) throws -> RawOutput {
        try CLIRunner.runRaw(["show", "2025/11/inference-price-war.md", "--width", "60"] + arguments, environment: environment)
    }

    @Test("without pictures each body image is named once; one outside the library is never a path or a file:// link")
    func placeholdersOnceAndFenced() throws {
        let library = try library()
        let outside = FileManager.default.temporaryDirectory.appendingPathComponent("outside-\(UUID().uuidString).png")
        try Data("x".utf8).write(to: outside)
        try FileManager.default.createSymbolicLink(at: library.root.appendingPathComponent("2025/link.png"), withDestinationURL: outside)
        try """
            ---
            title: 围栏
            date: 2025-06-02
            ---

            ![链接](link.png) ![好图](../images/chart.png)
            """.write(to: library.root.appendingPathComponent("2025/fence.md"), atomically: true, encoding: .utf8)
        let plain = try CLIRunner.run(["show", "2025/pictures", "--library", library.root.path, "--color", "never"])
        #expect(plain.stdout.components(separatedBy: "坏掉的图").count - 1 == 1, "\(plain.stdout)")
        let linked = try CLIRunner.run(["show", "2025/fence", "--library", library.root.path, "--color", "never",
                                        "--hyperlinks", "--text-width", "0", "--width", "300"])
        #expect(!linked.stdout.contains(outside.path) && !linked.stdout.contains("2025/link.png"), "\(linked.stdout)")
        #expect(linked.stdout.contains("link.png"))
        #expect(linked.stdout.contains("file://" + library.root.appendingPathComponent("images/chart.png").standardizedFileURL.path))
    }

    @Test("symbols with --color always: true-colour block rows under the header's [图片] line, before the rule")
    func symbols() throws {
        let text = try #require(try show(["--images", "symbols", "--color", "always"]).text)
        let lines = text.components(separatedBy: "\n")
        let placeholder = try #require(lines.firstIndex { $0.contains("[图片] /images/2025/11/inference-price-war.png") })
        let rule = try #require(lines.firstIndex { $0.contains("────") })
        let picture = lines[(placeholder + 1)..<rule]
        #expect(picture.count >= 5, "the chart takes several rows")
        #expect(picture.allSatisfy { $0.contains("\u{1B}[38;2;") || $0.contains("48;2;") })
        #expect(picture.allSatisfy { $0.hasSuffix("\u{1B}[0m") })
    }

    @Test("kitty, sixel and iterm print their own sequence, one per image")
    func protocols() throws {
        let markers = ["kitty": "\u{1B}_Ga=T", "sixel": "\u{1B}P", "iterm": "\u{1B}]1337;File="]
        for (mode, marker) in markers {
            let text = try #require(try show(["--images", mode, "--color", "always"]).text)
            #expect(text.components(separatedBy: marker).count == 2, "\(mode): one sequence")
        }
    }

    @Test("--color never prints placeholders only: not one escape byte, whatever --images says")
    func colorNever() throws {
        let library = try library()
        for mode in ["symbols", "kitty", "auto"] {
            let output = try CLIRunner.runRaw(["show", "2025/pictures.md", "--library", library.root.path,
                                               "--images", mode, "--color", "never"], environment: Self.terminal)
            #expect(output.status == 0)
            #expect(!output.stdout.contains(0x1B), "\(mode): an escape byte")
            let text = try #require(output.text)
            #expect(text.contains("[图片: 坏掉的图] 2025/broken.png<1>"))
            #expect(text.contains("[图片: 远程图片] https://example.com/a.png<3>"))
            #expect(!text.contains("(remote images are not fetched)"), "\(mode): the text names the image once")
        }
    }

    @Test("bad pictures become placeholders with the reason, and the rest of the article still shows")
    func badPictures() throws {
        let library = try library()
        let output = try CLIRunner.runRaw(["show", "2025/pictures.md", "--library", library.root.path,
                                           "--images", "symbols", "--color", "always"], environment: Self.terminal)
        #expect(output.status == 0)
        let text = try #require(output.text)
        #expect(text.contains("[图片: 坏掉的图] broken.png (broken PNG: the file ends early (truncated))"))
        #expect(text.contains("[图片: 不是图片] text.png (not a PNG, JPEG, GIF or WebP image)"))
        #expect(text.contains("[图片: 不存在] /images/none.png (file not found)"))
        #expect(text.contains("第一段。"))
        #expect(text.contains("\u{1B}[38;2;"), "the good featured picture is drawn")
    }

    @Test("check warns about every unusable image, naming the article and the image; remote ones are fine")
    func check() throws {
        let library = try library()
        let output = try CLIRunner.run(["check", "--library", library.root.path])
        #expect(output.status == 0, "image problems are warnings")
        let lines = output.stdout.split(separator: "\n").map(String.init)
        #expect(lines.contains("2025/pictures.md: warning: image broken.png: broken PNG: the file ends early (truncated)"))
        #expect(lines.contains("2025/pictures.md: warning: image text.png: not a PNG, JPEG, GIF or WebP image"))
        #expect(lines.contains("2025/pictures.md: warning: image not found: images/none.png"))
        #expect(!lines.contains { $0.contains("chart.png") || $0.contains("example.com") })
    }

    @Test("the sample library's featured images are all there but the one left unfilled on purpose")
    func sampleLibraryImages() throws {
        let output = try CLIRunner.run(["check"])
        let imageWarnings = output.stdout.split(separator: "\n").filter { $0.contains(": image ") }
        #expect(imageWarnings == ["2025/02/eu-ai-act-compliance-first-year.md: warning: image not found: images/YYYY/MM/eu-ai-act-placeholder.jpg"])
    }

    @Test("images = off in the config file gives placeholders; --images overrides it")
    func configSetting() throws {
        let config = CLIRunner.temporaryXDG.appendingPathComponent("config-images-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: config.appendingPathComponent("newsreader"), withIntermediateDirectories: true)
        try Data("images = \"off\"\n".utf8).write(to: config.appendingPathComponent("newsreader/config.toml"))
        var environment = Self.terminal
        environment["XDG_CONFIG_HOME"] = config.path
        let off = try show(["--color", "always"], environment: environment)
        #expect(!(off.text ?? "").contains("38;2;"))
        let on = try show(["--color", "always", "--images", "symbols"], environment: environment)
        #expect((on.text ?? "").contains("38;2;"))
    }

    @Test("an unknown images setting is a config error naming the choices")
    func badSetting() throws {
        let config = CLIRunner.temporaryXDG.appendingPathComponent("config-images-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: config.appendingPathComponent("newsreader"), withIntermediateDirectories: true)
        try Data("images = \"pixels\"\n".utf8).write(to: config.appendingPathComponent("newsreader/config.toml"))
        let output = try CLIRunner.run(["show", "2025/11/inference-price-war.md"], environment: ["XDG_CONFIG_HOME": config.path])
        #expect(output.stderr.contains("\"auto\", \"kitty\", \"sixel\", \"iterm\", \"symbols\", \"off\""))
    }
}
