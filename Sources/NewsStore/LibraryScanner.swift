import Foundation
import NewsCore
#if canImport(Glibc)
import Glibc
#endif

/// A file the scanner found that should become an article.
public struct ArticleFile: Equatable, Sendable {
    /// Absolute path to read.
    public var absolutePath: String
    /// Path relative to the library root, `/`-separated.
    public var relativePath: String
    public var id: ArticleID
    public var size: Int
    public var modificationDate: Date
    /// The modification time in nanoseconds since 1970, exact (the index compares it).
    public var modificationNanoseconds: Int64 = 0
}

/// Walks a library folder and finds its articles (FORMAT.md, "Library layout").
///
/// Rules: `*.md` / `*.markdown` files are articles; a folder holding `index.md` is a page bundle
/// (the folder is the article, nothing inside it is walked further); `_index.md` section pages and
/// hidden entries are skipped; symlinks are followed, but a folder already visited (same device and
/// inode) is not entered again, so link cycles end. Written on `opendir`/`stat` rather than
/// `FileManager.enumerator` because the latter neither reports per-folder errors nor lets us
/// detect cycles, and it is several times slower on 100k files.
public struct LibraryScanner {
    public private(set) var files: [ArticleFile] = []
    public private(set) var problems: [Problem] = []
    private var visited: Set<FileIdentity> = []
    private let root: String

    private struct FileIdentity: Hashable {
        var device: UInt64
        var inode: UInt64
    }

    public static let bundleIndexNames = ["index.md", "index.markdown"]
    public static let articleExtensions = [".md", ".markdown"]

    /// Scans `root` (an existing folder).
    public static func scan(root: String) -> LibraryScanner {
        var scanner = LibraryScanner(root: root)
        scanner.walk(relative: "")
        scanner.files.sort { $0.relativePath < $1.relativePath }
        return scanner
    }

    private init(root: String) {
        self.root = root.hasSuffix("/") && root.count > 1 ? String(root.dropLast()) : root
    }

    // MARK: - Walking

    private mutating func walk(relative: String) {
        let absolute = relative.isEmpty ? root : root + "/" + relative
        var info = stat()
        guard stat(absolute, &info) == 0 else { return }
        let identity = FileIdentity(device: UInt64(info.st_dev), inode: UInt64(info.st_ino))
        guard visited.insert(identity).inserted else { return }

        guard let names = entries(of: absolute, relative: relative) else { return }
        if !relative.isEmpty, let index = Self.bundleIndexNames.first(where: names.contains) {
            addFile(relative: relative + "/" + index, id: relative)
            return
        }
        for name in names where !name.hasPrefix(".") {
            let childRelative = relative.isEmpty ? name : relative + "/" + name
            var childInfo = stat()
            // stat (not lstat): symlinks count as what they point at; dangling ones are skipped.
            guard stat(root + "/" + childRelative, &childInfo) == 0 else { continue }
            if childInfo.st_mode & S_IFMT == S_IFDIR {
                walk(relative: childRelative)
            } else if childInfo.st_mode & S_IFMT == S_IFREG, Self.isArticleName(name) {
                let id = String(childRelative[..<childRelative.lastIndex(of: ".")!])
                addFile(relative: childRelative, id: id, info: childInfo)
            }
        }
    }

    /// Article files: Markdown extensions, except Hugo section pages (`_index.md`).
    static func isArticleName(_ name: String) -> Bool {
        let lower = name.lowercased()
        guard articleExtensions.contains(where: lower.hasSuffix) else { return false }
        return !lower.hasPrefix("_index.")
    }

    private mutating func entries(of absolute: String, relative: String) -> [String]? {
        guard let directory = opendir(absolute) else {
            let reason = String(cString: strerror(errno))
            problems.append(Problem(path: relative.isEmpty ? "." : relative + "/", severity: .error,
                                    message: "cannot read folder: \(reason); its articles are missing"))
            return nil
        }
        defer { closedir(directory) }
        var names: [String] = []
        while let entry = readdir(directory) {
            let name = withUnsafePointer(to: entry.pointee.d_name) {
                $0.withMemoryRebound(to: CChar.self, capacity: Int(NAME_MAX) + 1) { String(cString: $0) }
            }
            if name != "." && name != ".." { names.append(name) }
        }
        return names.sorted()
    }

    private mutating func addFile(relative: String, id: String, info knownInfo: stat? = nil) {
        var info = knownInfo ?? stat()
        if knownInfo == nil, stat(root + "/" + relative, &info) != 0 { return }
        let seconds = Double(info.st_mtim.tv_sec) + Double(info.st_mtim.tv_nsec) / 1e9
        let nanoseconds = Int64(info.st_mtim.tv_sec) * 1_000_000_000 + Int64(info.st_mtim.tv_nsec)
        files.append(ArticleFile(
            absolutePath: root + "/" + relative, relativePath: relative, id: ArticleID(id),
            size: Int(info.st_size), modificationDate: Date(timeIntervalSince1970: seconds),
            modificationNanoseconds: nanoseconds))
    }
}
