import Foundation
import NewsCore
import Testing
@testable import NewsStore

@Suite("Loading a library folder")
struct LibraryLoadingTests {
    @Test("articles are found in nested folders, page bundles and both extensions, newest first")
    func findsArticlesEverywhere() throws {
        let library = try TemporaryLibrary()
        try library.write("2025/06/older.md", sampleArticle(title: "旧闻", date: "2025-06-01T08:00:00+08:00"))
        try library.write("2025/07/newer.markdown", sampleArticle(title: "新闻", date: "2025-07-01T08:00:00+08:00"))
        try library.write("2025/07/bundle/index.md", sampleArticle(title: "图集", date: "2025-06-15T08:00:00+08:00"))
        try library.write("2025/07/bundle/cover.svg", "<svg/>")
        try library.write("2025/07/bundle/notes.md", sampleArticle(title: "不是文章", date: "2025-06-15T08:00:00+08:00"))

        let loaded = try Library.load(from: library.root)

        try #require(loaded.articles.map(\.id.rawValue) == ["2025/07/newer", "2025/07/bundle", "2025/06/older"])
        #expect(loaded.articles.map(\.title) == ["新闻", "图集", "旧闻"])
        #expect(loaded.articles[1].path == "2025/07/bundle/index.md")
    }

    @Test("a Hexo site has no page bundles: a folder's index.md and the pages below it are all listed")
    func hexoSiteHasNoBundles() throws {
        let library = try TemporaryLibrary()
        try library.write("_config.yml", "title: 文档\n")
        try library.write("zh-cn/index.md", sampleArticle(title: "首页", date: "2025-06-01T08:00:00+08:00"))
        try library.write("zh-cn/docs/setup.md", sampleArticle(title: "安装", date: "2025-06-02T08:00:00+08:00"))
        try library.write("zh-cn/docs/deploy.md", sampleArticle(title: "部署", date: "2025-06-03T08:00:00+08:00"))

        let loaded = try Library.load(from: library.root)

        #expect(loaded.articles.map(\.id.rawValue) == ["zh-cn/docs/deploy", "zh-cn/docs/setup", "zh-cn/index"])
    }

    @Test("section pages, hidden files and folders, and other files are skipped")
    func skipsNonArticles() throws {
        let library = try TemporaryLibrary()
        try library.write("_index.md", "---\ntitle: 栏目\n---\n")
        try library.write(".hidden.md", sampleArticle(title: "隐藏", date: "2025-06-01"))
        try library.write(".git/x.md", sampleArticle(title: "隐藏目录", date: "2025-06-01"))
        try library.write("notes.txt", "not an article")
        try library.write("real.md", sampleArticle(title: "真文章", date: "2025-06-01"))

        let loaded = try Library.load(from: library.root)

        #expect(loaded.articles.map(\.title) == ["真文章"])
    }

    @Test("a Hugo site root is read from its content folder")
    func acceptsHugoSiteRoot() throws {
        let library = try TemporaryLibrary()
        try library.write("config.toml", "baseURL = 'https://example.org/'")
        try library.write("content/posts/a.md", sampleArticle(title: "站点文章", date: "2025-06-01"))

        let loaded = try Library.load(from: library.root)

        #expect(loaded.articles.map(\.id.rawValue) == ["posts/a"])
        #expect(loaded.root.lastPathComponent == "content")
    }

    @Test("a symlink loop is survived and linked folders are read once")
    func survivesSymlinkLoops() throws {
        let library = try TemporaryLibrary()
        try library.write("2025/a.md", sampleArticle(title: "循环", date: "2025-06-01"))
        try library.symlink("2025/loop", to: "..")
        try library.symlink("2025/self", to: ".")

        let loaded = try Library.load(from: library.root)

        #expect(loaded.articles.map(\.title) == ["循环"])
    }

    @Test("a missing folder and a file given as library are clear errors")
    func rejectsWrongRoots() throws {
        let library = try TemporaryLibrary()
        let file = try library.write("a.md", sampleArticle(title: "x", date: "2025-06-01"))
        let missing = library.root.appendingPathComponent("nowhere")

        #expect(throws: LibraryError.notFound(path: missing.path)) { try Library.load(from: missing) }
        #expect(throws: LibraryError.notADirectory(path: file.path)) { try Library.load(from: file) }
    }

    @Test("many files are all parsed, in a stable order, on all cores")
    func parsesManyFiles() throws {
        let library = try TemporaryLibrary()
        for index in 0..<300 {
            let day = String(format: "2025-%02d-%02d", index % 12 + 1, index % 28 + 1)
            try library.write(String(format: "bulk/%03d.md", index), sampleArticle(title: "文章\(index)", date: day))
        }

        let first = try Library.load(from: library.root)
        let second = try Library.load(from: library.root)

        #expect(first.articles.count == 300)
        #expect(first.articles.map(\.id) == second.articles.map(\.id))
        #expect(zip(first.articles, first.articles.dropFirst()).allSatisfy { $0.date.instant >= $1.date.instant })
    }
}
