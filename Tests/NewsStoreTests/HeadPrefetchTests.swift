import Foundation
import NewsCore
import Testing
@testable import NewsStore

/// The head prefetch of a first build hands the files it opened to their parsers (issue 16, item 3):
/// every parser reads its own file, whoever opened it, and no descriptor outlives the build.
@Suite("The head prefetch hands each parser its own file and leaks no descriptor")
struct HeadPrefetchTests {
    /// Files in two folders (the prefetch opens files relative to their folder), plus one that
    /// vanishes before the prefetch reaches it.
    private func makeFiles(_ library: TemporaryLibrary) throws -> [ArticleFile] {
        var files: [ArticleFile] = []
        for folder in ["2024/01", "2024/02"] {
            for number in 0..<40 {
                let path = "\(folder)/a\(number).md"
                try library.write(path, sampleArticle(title: Self.title(of: path), date: "2024-01-01"))
                files.append(try #require(ArticleFile.onDisk(root: library.root, relativePath: path, id: ArticleID("a\(number)"))))
            }
        }
        try library.write("gone.md", sampleArticle(title: "消失", date: "2024-01-01"))
        files.append(try #require(ArticleFile.onDisk(root: library.root, relativePath: "gone.md", id: ArticleID("gone"))))
        try FileManager.default.removeItem(at: library.root.appendingPathComponent("gone.md"))
        return files
    }

    private static func title(of path: String) -> String {
        "标题 " + path
    }

    /// How many of this process's open descriptors point into `library` (other tests run at
    /// the same time and open files of their own).
    private static func openDescriptors(in library: TemporaryLibrary) -> Int {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: "/proc/self/fd")) ?? []
        return names.count { name in
            let target = (try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/fd/" + name)) ?? ""
            return target.hasPrefix(library.root.resolvingSymlinksInPath().path)
        }
    }

    /// Waits (up to 10 s) until exactly `count` descriptors point into `library`.
    private static func open(_ count: Int, in library: TemporaryLibrary) -> Bool {
        for _ in 0..<200 {
            if openDescriptors(in: library) == count { return true }
            usleep(50_000)
        }
        return false
    }

    @Test("each record is read from its own file, taken early or late")
    func eachParserReadsItsOwnFile() throws {
        let library = try TemporaryLibrary()
        let files = try makeFiles(library)
        let heads = HeadPrefetch(length: 4097).start(files)
        // Odd files are taken at once (mostly before the prefetch opened them: the parser opens
        // them itself), even ones after a pause (mostly handed over).
        var records: [Int: IndexRecord] = [:]
        for index in files.indices where index % 2 == 1 {
            records[index] = IndexRecord(readingHeadOf: files[index], descriptor: heads.take(index), taxonomies: .default)
        }
        usleep(200_000)
        for index in files.indices where index % 2 == 0 {
            records[index] = IndexRecord(readingHeadOf: files[index], descriptor: heads.take(index), taxonomies: .default)
        }
        for (index, file) in files.enumerated().dropLast() {
            let record = try #require(records[index])
            #expect(record.path == file.relativePath)
            #expect(record.status == .readable)
            #expect(record.summary.title == Self.title(of: file.relativePath))
        }
        // The vanished file is reported as a failed read, not mixed up with another.
        #expect(records[files.count - 1]?.status == .readFailed)
        #expect(Self.open(0, in: library))
    }

    @Test("a chunk dropped before its parsers ran closes what the prefetch opened")
    func droppedChunkClosesItsDescriptors() throws {
        let library = try TemporaryLibrary()
        let files = try makeFiles(library)
        // A writer that failed mid-build lets go of the chunks prefetched ahead of it: first
        // every file but the vanished one is open and waiting for its parser, then none is.
        do {
            let heads = HeadPrefetch(length: 4097).start(files)
            withExtendedLifetime(heads) {
                #expect(Self.open(files.count - 1, in: library))
            }
        }
        #expect(Self.open(0, in: library))
    }
}
