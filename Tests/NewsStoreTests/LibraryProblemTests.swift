import Foundation
import NewsCore
import Testing
@testable import NewsStore

@Suite("Bad files are reported and never hide the rest")
struct LibraryProblemTests {
    private func loadWithBadFiles() throws -> (Library, TemporaryLibrary) {
        let library = try TemporaryLibrary()
        try library.write("good.md", sampleArticle(title: "好文章", date: "2025-06-01T08:00:00+08:00"))
        try library.write("invalid-utf8.md", bytes: Data("---\ntitle: 坏\n---\n\n正文".utf8) + Data([0xFF, 0xFE, 0x41]))
        // "中文" encoded as GBK: invalid as UTF-8, read as GB18030 (a superset of GBK).
        try library.write("gbk.md", bytes: Data([0x2D, 0x2D, 0x2D, 0x0A, 0xD6, 0xD0, 0xCE, 0xC4, 0x0A]))
        try library.write("binary.md", bytes: Data([0x89, 0x50, 0x4E, 0x47, 0x00, 0x00, 0x01]))
        try library.write("empty.md", "")
        try library.write("blank.md", "\n\n   \n")
        try library.write("broken-yaml.md", "---\ntitle: [unclosed\ntags: : :\n---\n\n正文。\n")
        try library.write("unterminated.md", "---\ntitle: 没有结尾\ndate: 2025-06-01\n\n正文。\n")
        try library.write("undefined-ref.md", sampleArticle(title: "缺定义", date: "2025-06-02", body: "正文[^9]。\n"))
        return (try Library.load(from: library.root), library)
    }

    private func problems(_ library: Library, at path: String) -> [Problem] {
        library.problems.filter { $0.path == path }
    }

    @Test("the good article is still listed next to every kind of bad file")
    func goodArticleSurvives() throws {
        let (loaded, _) = try loadWithBadFiles()
        #expect(loaded.articles.contains { $0.title == "好文章" })
        #expect(!loaded.articles.contains { $0.path == "binary.md" || $0.path == "empty.md" || $0.path == "invalid-utf8.md" })
        #expect(loaded.articles.contains { $0.path == "gbk.md" })
    }

    @Test("invalid UTF-8 is an error naming the byte offset and line")
    func reportsInvalidUTF8() throws {
        let (loaded, _) = try loadWithBadFiles()
        let reported = problems(loaded, at: "invalid-utf8.md")
        #expect(reported.count == 1)
        #expect(reported.first?.severity == .error)
        #expect(reported.first?.message.contains("invalid UTF-8 at byte offset 26") == true)
        #expect(reported.first?.line == 5)
        #expect(problems(loaded, at: "gbk.md").contains { $0.severity == .warning && $0.message == "not UTF-8; read as GB18030" })
    }

    @Test("binary, empty and blank files are errors")
    func reportsBinaryAndEmpty() throws {
        let (loaded, _) = try loadWithBadFiles()
        #expect(problems(loaded, at: "binary.md").first?.message.contains("binary content") == true)
        #expect(problems(loaded, at: "empty.md").first?.message == "empty file")
        #expect(problems(loaded, at: "blank.md").first?.message == "empty file")
    }

    @Test("broken and unterminated front matter are errors with a line, and the body still reads")
    func reportsFrontMatterErrors() throws {
        let (loaded, _) = try loadWithBadFiles()
        let broken = problems(loaded, at: "broken-yaml.md").filter { $0.severity == .error }
        #expect(!broken.isEmpty)
        #expect(broken.allSatisfy { $0.line != nil })
        let unterminated = problems(loaded, at: "unterminated.md").filter { $0.severity == .error }
        #expect(unterminated.first?.line == 1)
        #expect(loaded.articles.contains { $0.path == "broken-yaml.md" })
    }

    @Test("a reference without definition names its label")
    func reportsUndefinedReference() throws {
        let (loaded, _) = try loadWithBadFiles()
        #expect(problems(loaded, at: "undefined-ref.md").contains { $0.message.contains("[^9]") })
    }

    @Test("a file that cannot be read is reported with the system's reason, not listed")
    func reportsUnreadableFile() {
        // A file that vanished between the folder scan and the read (an editor saving, a sync
        // tool): the same path as a permission error, which root (as in CI) never meets.
        let vanished = ArticleFile(
            absolutePath: "/nonexistent/newsreader/gone.md", relativePath: "gone.md", id: ArticleID("gone"),
            size: 10, modificationDate: Date())
        let article = vanished.read().article
        #expect(!article.isReadable)
        #expect(article.problems.map(\.description) == ["gone.md: error: cannot read file: No such file or directory"])
    }

    @Test("a file over the size limit is reported without being read")
    func reportsHugeFile() {
        let huge = ArticleFile(
            absolutePath: "/nonexistent/huge.md", relativePath: "huge.md", id: ArticleID("huge"),
            size: 40 * 1_048_576, modificationDate: Date())
        let article = huge.read().article
        #expect(!article.isReadable)
        #expect(article.problems.first?.message.contains("40 MB, over the 16 MB limit") == true)
    }

    @Test("a missing date falls back to the day of the file time with a warning")
    func fallsBackToFileTime() throws {
        let library = try TemporaryLibrary()
        try library.write("undated.md", "---\ntitle: 无日期\n---\n\n正文。\n")
        let loaded = try Library.load(from: library.root)
        #expect(loaded.articles.first?.title == "无日期")
        #expect(loaded.problems.first?.severity == .warning)
        #expect(loaded.problems.first?.message.contains("modification day") == true)
    }

    @Test("two files with one id keep the first and warn about the second")
    func warnsAboutDuplicateIDs() throws {
        let library = try TemporaryLibrary()
        try library.write("a.md", sampleArticle(title: "甲", date: "2025-06-01"))
        try library.write("a.markdown", sampleArticle(title: "乙", date: "2025-06-02"))
        let loaded = try Library.load(from: library.root)
        #expect(loaded.articles.count == 1)
        #expect(loaded.problems.contains { $0.message.contains("same article id 'a'") })
    }
}
