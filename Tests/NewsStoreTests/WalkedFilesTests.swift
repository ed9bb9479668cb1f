import Foundation
import NewsCore
import Testing
@testable import NewsStore

/// The walk keeps its files compactly (``WalkedFiles``); what it hands out must be what a file by
/// file walk gave: the same order, ids, paths, sizes and times.
@Suite("A walk's files, stored compactly, read back as they were found")
struct WalkedFilesTests {
    @Test("files come in string order, non-ASCII names included, with ids, paths and stat data")
    func orderAndFields() throws {
        let library = try TemporaryLibrary()
        let names = ["b.md", "a.md", "a/x.md", "中文.md", "e\u{301}z.md", "\u{e9}a.md", "post/index.md", "post/inner.md",
                     "notes/_index.md", "notes/long-name-of-an-article.markdown"]
        for name in names { try library.write(name, "# \(name)\n\n正文。\n") }
        let scan = LibraryScanner.scan(root: library.root.path)
        let paths = scan.files.map(\.relativePath)

        // The bundle's inner page and the section page are not articles.
        let expected = ["b.md", "a.md", "a/x.md", "中文.md", "e\u{301}z.md", "\u{e9}a.md", "post/index.md",
                        "notes/long-name-of-an-article.markdown"].sorted()
        #expect(paths == expected)
        // Swift orders canonically equivalent text alike: the precomposed "éa" before the
        // decomposed "éz", though the decomposed one's bytes come first.
        #expect(paths.firstIndex(of: "\u{e9}a.md")! < paths.firstIndex(of: "e\u{301}z.md")!)

        let bundle = try #require(scan.files.first { $0.relativePath == "post/index.md" })
        #expect(bundle.id == ArticleID("post"))
        let page = try #require(scan.files.first { $0.relativePath == "notes/long-name-of-an-article.markdown" })
        #expect(page.id == ArticleID("notes/long-name-of-an-article"))
        #expect(page.absolutePath == library.root.path + "/notes/long-name-of-an-article.markdown")

        let onDisk = try #require(ArticleFile.onDisk(root: library.root, relativePath: page.relativePath, id: page.id))
        #expect(page.size == onDisk.size)
        #expect(page.modificationNanoseconds == onDisk.modificationNanoseconds)
        #expect(page.modificationDate == onDisk.modificationDate)
    }
}
