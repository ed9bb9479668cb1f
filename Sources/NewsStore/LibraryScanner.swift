import Foundation
import NewsCore
#if canImport(Glibc)
import Glibc
#endif

/// Walks a library folder and finds its articles (FORMAT.md, "Library layout").
///
/// Rules: `*.md` / `*.markdown` files are articles; a folder holding `index.md` is a page bundle
/// (the folder is the article, nothing inside it is walked further) except in a Hexo site, which
/// has no bundles (``SiteSettings/isHexoSite(libraryRoot:)``); `_index.md` section pages and
/// hidden entries are skipped; symlinks are followed, but a folder already visited (same device and
/// inode) is not entered again, so link cycles end. Written on `opendir`/`stat` rather than
/// `FileManager.enumerator` because the latter neither reports per-folder errors nor lets us
/// detect cycles, and it is several times slower on 100k files.
public struct LibraryScanner {
    public private(set) var files: WalkedFiles
    public private(set) var problems: [Problem] = []
    /// Every folder walked and its modification time: the index keeps them so a search can tell,
    /// by `stat`ing folders alone, whether an article was added, removed or renamed since.
    private(set) var folders: [FolderStamp] = []
    private var visited: Set<FileIdentity> = []
    private let root: String
    /// False for ``fingerprint(root:)``: the files are only added to `digest`, and no folder is kept.
    private let keepsFiles: Bool
    private var digest = WalkFingerprint()
    /// Whether a folder holding `index.md` is one article (Hugo) or a folder of pages (Hexo).
    private lazy var hasPageBundles = !SiteSettings.isHexoSite(libraryRoot: root)

    private struct FileIdentity: Hashable {
        var device: UInt64
        var inode: UInt64
    }

    public static let bundleIndexNames = ["index.md", "index.markdown"]
    public static let articleExtensions = [".md", ".markdown"]

    /// Scans `root` (an existing folder).
    public static func scan(root: String) -> LibraryScanner {
        var scanner = LibraryScanner(root: root, keepsFiles: true)
        scanner.walkRoot()
        scanner.files.sortByPath()
        return scanner
    }

    /// Walks `root` as ``scan(root:)`` does, keeping only the fingerprint of its files (the text
    /// ``IndexSync/fingerprint(_:)`` gives for that scan's files) and the problems. For telling
    /// whether anything changed: at 100k articles the files of a scan are about 10 MB of memory.
    static func fingerprint(root: String) -> (fingerprint: String, problems: [Problem]) {
        var scanner = LibraryScanner(root: root, keepsFiles: false)
        scanner.walkRoot()
        return (scanner.digest.text, scanner.problems)
    }

    private init(root: String, keepsFiles: Bool) {
        let root = root.hasSuffix("/") && root.count > 1 ? String(root.dropLast()) : root
        self.root = root
        self.keepsFiles = keepsFiles
        files = WalkedFiles(root: root, markdownOptions: SiteSettings.markdownOptions(libraryRoot: root))
    }

    // MARK: - Walking

    /// Opens the root and walks it. Each folder is read through its descriptor and its entries are
    /// `fstatat`-ed relative to it: resolving full paths from `/` for every file was half the
    /// time of a warm launch.
    private mutating func walkRoot() {
        var info = stat()
        guard stat(root, &info) == 0 else { return }
        let descriptor = open(root, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        guard descriptor >= 0 else {
            reportUnreadable(relative: "")
            return
        }
        walk(relative: "", descriptor: descriptor, info: info)
    }

    /// Walks the folder open at `descriptor` (closed here), whose `stat` is `info`.
    private mutating func walk(relative: String, descriptor: Int32, info: stat) {
        let identity = FileIdentity(device: UInt64(info.st_dev), inode: UInt64(info.st_ino))
        guard visited.insert(identity).inserted else {
            close(descriptor)
            return
        }
        guard let directory = fdopendir(descriptor) else {
            reportUnreadable(relative: relative)
            close(descriptor)
            return
        }
        defer { closedir(directory) }
        if keepsFiles { folders.append(FolderStamp(path: relative, info: info)) }
        let folder = dirfd(directory)
        let names = entries(of: directory)
        if !relative.isEmpty, hasPageBundles, let index = Self.bundleIndexNames.first(where: names.contains) {
            var indexInfo = stat()
            if fstatat(folder, index, &indexInfo, 0) == 0 {
                addFile(relative: relative + "/" + index, idLength: relative.utf8.count, info: indexInfo)
            }
            return
        }
        let visible = names.filter { !$0.hasPrefix(".") }
        let infos = Self.statAll(visible, in: folder)
        for (name, found) in zip(visible, infos) {
            // Following symlinks (no AT_SYMLINK_NOFOLLOW): they count as what they point at;
            // dangling ones are skipped.
            guard let childInfo = found else { continue }
            let childRelative = relative.isEmpty ? name : relative + "/" + name
            if childInfo.st_mode & S_IFMT == S_IFDIR {
                let identity = FileIdentity(device: UInt64(childInfo.st_dev), inode: UInt64(childInfo.st_ino))
                guard !visited.contains(identity) else { continue }
                let child = openat(folder, name, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
                guard child >= 0 else {
                    reportUnreadable(relative: childRelative)
                    continue
                }
                walk(relative: childRelative, descriptor: child, info: childInfo)
            } else if childInfo.st_mode & S_IFMT == S_IFREG, Self.isArticleName(name) {
                let dot = childRelative.utf8.lastIndex(of: UInt8(ascii: "."))!
                addFile(relative: childRelative, idLength: childRelative.utf8.distance(from: childRelative.utf8.startIndex, to: dot),
                        info: childInfo)
            }
        }
    }

    /// `fstatat` of every name in the folder open at `folder`, nil where it failed; a large
    /// folder is stat'ed on all cores (the walk itself stays on one thread, so the visited set
    /// that ends symlink cycles needs no lock). The kernel's `stat` is most of a warm launch.
    private static func statAll(_ names: [String], in folder: Int32) -> [StatInfo?] {
        var results = [StatInfo?](repeating: nil, count: names.count)
        @Sendable func statOne(_ index: Int, into slots: UnsafeMutableBufferPointer<StatInfo?>) {
            var info = stat()
            slots[index] = fstatat(folder, names[index], &info, 0) == 0 ? info : nil
        }
        results.withUnsafeMutableBufferPointer { slots in
            guard names.count >= 256 else {
                for index in names.indices { statOne(index, into: slots) }
                return
            }
            let shared = StatSlots(base: slots)
            let chunk = 128
            DispatchQueue.concurrentPerform(iterations: (names.count + chunk - 1) / chunk) { part in
                for index in (part * chunk)..<min(names.count, (part + 1) * chunk) { statOne(index, into: shared.base) }
            }
        }
        return results
    }

    /// Article files: Markdown extensions, except Hugo section pages (`_index.md`); compared on
    /// bytes, ASCII case-blind, without making a lower-case copy of every name.
    static func isArticleName(_ name: String) -> Bool {
        let bytes = Array(name.utf8)
        func hasSuffix(_ suffix: String) -> Bool {
            let wanted = Array(suffix.utf8)
            guard bytes.count >= wanted.count else { return false }
            return zip(bytes.suffix(wanted.count), wanted).allSatisfy { Self.asciiLower($0) == $1 }
        }
        guard articleExtensions.contains(where: hasSuffix) else { return false }
        let section = Array("_index.".utf8)
        return !(bytes.count >= section.count && zip(bytes.prefix(section.count), section).allSatisfy { Self.asciiLower($0) == $1 })
    }

    private static func asciiLower(_ byte: UInt8) -> UInt8 {
        byte >= 0x41 && byte <= 0x5A ? byte + 0x20 : byte
    }

    private mutating func reportUnreadable(relative: String) {
        let reason = String(cString: strerror(errno))
        problems.append(Problem(path: relative.isEmpty ? "." : relative + "/", severity: .error,
                                message: "cannot read folder: \(reason); its articles are missing"))
    }

    /// The names in a folder, sorted, without `.` and `..`.
    private func entries(of directory: OpaquePointer) -> [String] {
        var names: [String] = []
        while let entry = readdir(directory) {
            let name = withUnsafePointer(to: entry.pointee.d_name) {
                $0.withMemoryRebound(to: CChar.self, capacity: Int(NAME_MAX) + 1) { String(cString: $0) }
            }
            if name != "." && name != ".." { names.append(name) }
        }
        return names.sorted()
    }

    private mutating func addFile(relative: String, idLength: Int, info: stat) {
        guard keepsFiles else {
            var relative = relative
            relative.withUTF8 {
                digest.add(path: $0, size: Int(info.st_size), modificationNanoseconds: ArticleFile.nanoseconds(of: info))
            }
            return
        }
        files.append(relative: relative, idLength: idLength, size: Int(info.st_size),
                     modificationNanoseconds: ArticleFile.nanoseconds(of: info))
    }
}

/// Result slots that `statAll`'s workers fill, each index written by exactly one of them.
private struct StatSlots: @unchecked Sendable {
    let base: UnsafeMutableBufferPointer<StatInfo?>
}

/// The C `stat` structure (the name alone is ambiguous with the function in expressions).
private typealias StatInfo = stat
