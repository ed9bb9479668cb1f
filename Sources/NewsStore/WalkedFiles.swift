import Foundation
import NewsCore

/// The article files a walk found, sorted by relative path and stored compactly: every relative
/// path in one byte buffer, sizes and modification times in flat arrays. An ``ArticleFile`` (three
/// strings and a date) is made only when one is asked for.
///
/// Why: a warm launch walks 100k files only to compare them with the index; holding an
/// `ArticleFile` per file cost about 35 MiB of a reader's peak memory, this about a fifth of it.
/// The absolute path and the id are not stored: the first is the root and the relative path, the
/// second a prefix of the relative path (without the extension, or the bundle's folder).
public struct WalkedFiles: RandomAccessCollection, Sendable {
    /// The library root the relative paths are under, without a trailing `/`.
    let root: String
    /// How the files' Markdown is read (the site's settings, the same for every file).
    let markdownOptions: MarkdownOptions
    /// Every relative path's UTF-8 bytes, one after another.
    private var pathBytes: [UInt8] = []
    /// Where each path ends in `pathBytes` (it starts where the previous one ends).
    private var pathEnds: [UInt32] = []
    /// How many of each path's bytes are its id.
    private var idLengths: [Int32] = []
    /// The files' storage positions in path order, nil when that is the order they were added in.
    private var order: [Int32]?
    private var sizes: [Int] = []
    private var modificationNanoseconds: [Int64] = []

    init(root: String, markdownOptions: MarkdownOptions) {
        self.root = root
        self.markdownOptions = markdownOptions
    }

    public var startIndex: Int { 0 }
    public var endIndex: Int { pathEnds.count }

    public subscript(position: Int) -> ArticleFile {
        let stored = storedPosition(position)
        let relative = storedPath(stored)
        let id = String(decoding: pathBytes[pathStart(stored)..<(pathStart(stored) + Int(idLengths[stored]))], as: UTF8.self)
        var file = ArticleFile(absolutePath: root + "/" + relative, relativePath: relative, id: ArticleID(id),
                               size: sizes[stored], modificationNanoseconds: modificationNanoseconds[stored])
        file.markdownOptions = markdownOptions
        return file
    }

    func size(at position: Int) -> Int { sizes[storedPosition(position)] }
    func modificationNanoseconds(at position: Int) -> Int64 { modificationNanoseconds[storedPosition(position)] }

    /// Calls `body` with the UTF-8 bytes of the relative path at `position`, without a copy.
    func withPathBytes<Result>(at position: Int, _ body: (UnsafeBufferPointer<UInt8>) -> Result) -> Result {
        withStoredPathBytes(storedPosition(position), body)
    }

    private var storedCount: Int { pathEnds.count }

    private func storedPosition(_ position: Int) -> Int {
        order.map { Int($0[position]) } ?? position
    }

    private func storedPath(_ stored: Int) -> String {
        String(decoding: pathBytes[pathStart(stored)..<Int(pathEnds[stored])], as: UTF8.self)
    }

    private func withStoredPathBytes<Result>(_ stored: Int, _ body: (UnsafeBufferPointer<UInt8>) -> Result) -> Result {
        pathBytes.withUnsafeBufferPointer { all in
            body(UnsafeBufferPointer(rebasing: all[pathStart(stored)..<Int(pathEnds[stored])]))
        }
    }

    private func pathStart(_ stored: Int) -> Int {
        stored == 0 ? 0 : Int(pathEnds[stored - 1])
    }

    /// Adds a file: `relative` its path, whose first `idLength` bytes are its id.
    mutating func append(relative: String, idLength: Int, size: Int, modificationNanoseconds nanoseconds: Int64) {
        pathBytes.append(contentsOf: relative.utf8)
        precondition(pathBytes.count <= UInt32.max, "more than 4 GB of paths in one walk")
        pathEnds.append(UInt32(pathBytes.count))
        idLengths.append(Int32(idLength))
        sizes.append(size)
        modificationNanoseconds.append(nanoseconds)
    }

    /// Orders the files by relative path, as Swift orders strings (what the index and the
    /// fingerprint have always used). Paths that are ASCII, the usual case, are compared as bytes,
    /// which is the same order without making a string per comparison. The order is kept as a
    /// list of positions, not a sorted copy, and not at all when the walk's order is already it.
    mutating func sortByPath() {
        let ascii = (0..<storedCount).map { stored in withStoredPathBytes(stored) { $0.allSatisfy { $0 < 0x80 } } }
        func precedes(_ left: Int, _ right: Int) -> Bool {
            guard ascii[left] && ascii[right] else { return storedPath(left) < storedPath(right) }
            return withStoredPathBytes(left) { leftBytes in
                withStoredPathBytes(right) { rightBytes in leftBytes.lexicographicallyPrecedes(rightBytes) }
            }
        }
        order = nil
        guard (1..<Swift.max(1, storedCount)).contains(where: { precedes($0, $0 - 1) }) else { return }
        var sorted = (0..<storedCount).map { Int32($0) }
        sorted.sort { precedes(Int($0), Int($1)) }
        order = sorted
    }
}
