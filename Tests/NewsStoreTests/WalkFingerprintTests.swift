import Foundation
import Testing
@testable import NewsStore

/// A launch that trusts its index walks the folder keeping only a fingerprint
/// (``LibraryScanner/fingerprint(root:)``); it must agree with the fingerprint the index stores
/// for a full walk's files, and differ whenever an article file is added, removed, renamed or changed.
@Suite("A walk's fingerprint without its files")
struct WalkFingerprintTests {
    private func fingerprints(_ library: TemporaryLibrary) -> (alone: String, ofFiles: String) {
        (LibraryScanner.fingerprint(root: library.root.path).fingerprint,
         IndexSync.fingerprint(LibraryScanner.scan(root: library.root.path).files))
    }

    @Test("equals the fingerprint of a full walk's sorted files, whatever order the folder gives them in")
    func agreesWithFullWalk() throws {
        let library = try TemporaryLibrary()
        // `a-b.md` sorts before `a/x.md` by path, but the walk reaches it after the folder `a`.
        for name in ["b.md", "a-b.md", "a/x.md", "中文.md", "post/index.md", "post/inner.md", "notes/_index.md"] {
            try library.write(name, "# \(name)\n\n正文。\n")
        }
        let (alone, ofFiles) = fingerprints(library)
        #expect(alone == ofFiles)
        #expect(alone.hasSuffix("-5"))
    }

    @Test("changes when a file is added, removed, renamed, rewritten or touched; not when nothing changed")
    func followsChanges() throws {
        let library = try TemporaryLibrary()
        try library.write("a.md", "# A\n")
        let file = try library.write("b.md", "# B\n")
        var seen = [fingerprints(library).alone]
        #expect(fingerprints(library).alone == seen[0])

        try library.write("c.md", "# C\n")
        seen.append(fingerprints(library).alone)
        try FileManager.default.removeItem(at: library.root.appendingPathComponent("c.md"))
        #expect(fingerprints(library).alone == seen[0])
        try FileManager.default.moveItem(at: file, to: library.root.appendingPathComponent("d.md"))
        seen.append(fingerprints(library).alone)
        try library.write("d.md", "# B, longer\n")
        seen.append(fingerprints(library).alone)
        let path = library.root.appendingPathComponent("d.md").path
        try FileManager.default.setAttributes([.modificationDate: Date(timeIntervalSince1970: 1_000_000)], ofItemAtPath: path)
        seen.append(fingerprints(library).alone)
        // Files that are not articles do not count.
        try library.write("notes.txt", "not an article")
        #expect(fingerprints(library).alone == seen.last)

        #expect(Set(seen).count == seen.count)
        for fingerprint in seen.dropFirst() { #expect(fingerprint != seen[0]) }
        #expect(fingerprints(library).alone == fingerprints(library).ofFiles)
    }
}
