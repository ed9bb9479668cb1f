import Foundation
import NewsCore
import Testing
@testable import NewsStore

/// An article the walk saw as a regular file may be a FIFO by the time it is read (swapped in
/// between). Opening a FIFO for reading waits for a writer, which would hang the build or the
/// reader for good: every way an article is read must instead report it and go on.
@Suite("An article replaced by a FIFO is reported, never waited on")
struct NonRegularFileTests {
    /// A walked article whose file is then replaced by a FIFO of the same name.
    private func swappedArticle(_ library: TemporaryLibrary) throws -> (file: ArticleFile, fifo: String) {
        try library.write("2025/swapped.md", sampleArticle(title: "被替换", date: "2025-06-01"))
        let file = try #require(ArticleFile.onDisk(root: library.root, relativePath: "2025/swapped.md", id: ArticleID("swapped")))
        let fifo = library.root.appendingPathComponent("2025/swapped.md").path
        try FileManager.default.removeItem(atPath: fifo)
        #expect(mkfifo(fifo, 0o644) == 0)
        return (file, fifo)
    }

    /// Runs `read` on another thread; if it is still waiting after 10 s, records a failure and
    /// opens the FIFO for writing so the waiting `open` returns and the thread ends.
    private func finishesWithoutWriter<Value: Sendable>(fifo: String, _ read: @escaping @Sendable () -> Value) -> Value? {
        let done = DispatchSemaphore(value: 0)
        let result = ResultBox<Value>()
        Thread.detachNewThread {
            result.value = read()
            done.signal()
        }
        if done.wait(timeout: .now() + 10) == .success { return result.value }
        Issue.record("reading the FIFO waited for a writer")
        let writer = open(fifo, O_WRONLY | O_NONBLOCK)
        if writer >= 0 { close(writer) }
        _ = done.wait(timeout: .now() + 10)
        return nil
    }

    /// Whether this process has `path` open.
    private static func isOpen(_ path: String) -> Bool {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: "/proc/self/fd")) ?? []
        let target = URL(fileURLWithPath: path).resolvingSymlinksInPath().path
        return names.contains { (try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/fd/" + $0)) == target }
    }

    @Test("the whole-file read says it is not a regular file")
    func wholeFileRead() throws {
        let library = try TemporaryLibrary()
        let (file, fifo) = try swappedArticle(library)
        let record = finishesWithoutWriter(fifo: fifo) { IndexRecord(parsing: file, taxonomies: .default) }
        #expect(record?.status == .readFailed)
        #expect(record?.problems.contains { $0.message.contains("not a regular file") } == true)
    }

    @Test("the first build's head read, given the prefetch's descriptor or not, says so too")
    func headRead() throws {
        let library = try TemporaryLibrary()
        let (file, fifo) = try swappedArticle(library)
        let alone = finishesWithoutWriter(fifo: fifo) { IndexRecord(readingHeadOf: file, taxonomies: .default) }
        #expect(alone?.status == .readFailed)
        let prefetched = finishesWithoutWriter(fifo: fifo) { () -> IndexRecord in
            let heads = HeadPrefetch(length: 4097).start([file])
            // Taken once the prefetch has it open, so its descriptor is the one read.
            for _ in 0..<200 where !Self.isOpen(fifo) { usleep(50_000) }
            return IndexRecord(readingHeadOf: file, descriptor: heads.take(0), taxonomies: .default)
        }
        #expect(prefetched?.status == .readFailed)
        #expect(prefetched?.problems.contains { $0.message.contains("not a regular file") } == true)
    }
}

/// A value handed back from the reading thread.
private final class ResultBox<Value>: @unchecked Sendable {
    // @unchecked: written once by the thread before it signals, read after the wait.
    var value: Value?
}
