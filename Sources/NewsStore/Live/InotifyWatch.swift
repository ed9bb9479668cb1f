import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Linux inotify on every folder of a library tree, through Glibc (no package wraps it for
/// Swift on Linux, and the calls are few).
///
/// Watches are added for each folder at start and for every folder created or moved in later.
/// The events themselves are not interpreted beyond that: any of them means "something may have
/// changed", and the catalog's re-sync (which compares sizes and modification times) finds what.
final class InotifyWatch: @unchecked Sendable {
    // @unchecked: made on the caller's thread, then used by the watcher's thread alone.
    /// Why inotify cannot be used: not available, or the per-user watch limit was reached.
    struct Unavailable: Error, CustomStringConvertible {
        var description: String
    }

    /// What a folder watch listens to: entries created, written, deleted, moved, touched.
    static let mask: UInt32 = UInt32(IN_CREATE) | UInt32(IN_CLOSE_WRITE) | UInt32(IN_MODIFY) | UInt32(IN_DELETE)
        | UInt32(IN_MOVED_FROM) | UInt32(IN_MOVED_TO) | UInt32(IN_ATTRIB) | UInt32(IN_DELETE_SELF) | UInt32(IN_MOVE_SELF)
        | UInt32(IN_ONLYDIR)

    let descriptor: Int32
    private var folders: [Int32: String] = [:]
    private var watchedIdentities: Set<[UInt64]> = []

    /// Starts watching every folder under `root`; throws ``Unavailable`` when inotify is missing
    /// or its watch limit is reached (the caller falls back to polling).
    init(root: String) throws {
        descriptor = inotify_init1(Int32(IN_NONBLOCK | IN_CLOEXEC))
        guard descriptor >= 0 else {
            throw Unavailable(description: "inotify is not available (\(String(cString: strerror(errno))))")
        }
        do {
            try addTree(root)
        } catch {
            close(descriptor)
            throw error
        }
    }

    deinit {
        close(descriptor)
    }

    /// How many folders are watched (tests check that new folders are added).
    var watchCount: Int { folders.count }

    /// Adds a watch on `folder` and on every folder below it (hidden ones skipped, as the
    /// scanner skips them; symlinked folders followed once, as the scanner follows them).
    func addTree(_ folder: String) throws {
        var info = stat()
        guard stat(folder, &info) == 0, info.st_mode & S_IFMT == S_IFDIR,
              watchedIdentities.insert([UInt64(info.st_dev), UInt64(info.st_ino)]).inserted else { return }
        let watch = inotify_add_watch(descriptor, folder, Self.mask)
        if watch < 0 {
            if errno == ENOSPC {
                throw Unavailable(description: "the inotify watch limit is reached (fs.inotify.max_user_watches)")
            }
            // A folder that vanished or cannot be read: nothing to watch there.
            return
        }
        folders[watch] = folder
        for name in Self.subfolderCandidates(of: folder) {
            try addTree(folder + "/" + name)
        }
    }

    /// Names in `folder` that may be folders: by the entry's type where the file system gives it,
    /// so a folder of 10,000 articles costs one `readdir` pass and no `stat` per file (symlinks
    /// and unknown types are left to ``addTree(_:)``'s `stat`).
    private static func subfolderCandidates(of folder: String) -> [String] {
        guard let directory = opendir(folder) else { return [] }
        defer { closedir(directory) }
        var names: [String] = []
        while let entry = readdir(directory) {
            let type = Int32(entry.pointee.d_type)
            guard type == Int32(DT_DIR) || type == Int32(DT_LNK) || type == Int32(DT_UNKNOWN) else { continue }
            let name = withUnsafePointer(to: entry.pointee.d_name) {
                $0.withMemoryRebound(to: CChar.self, capacity: Int(NAME_MAX) + 1) { String(cString: $0) }
            }
            if !name.hasPrefix(".") { names.append(name) }
        }
        return names
    }

    /// Reads every waiting event; true when one of them may change the library. New folders
    /// get their watches here.
    func drain() throws -> Bool {
        var changed = false
        let capacity = 64 * 1024
        let buffer = UnsafeMutableRawPointer.allocate(byteCount: capacity, alignment: 8)
        defer { buffer.deallocate() }
        while true {
            let count = read(descriptor, buffer, capacity)
            if count < 0 {
                if errno == EINTR { continue }
                return changed  // EAGAIN: drained
            }
            if count == 0 { return changed }
            var offset = 0
            while offset + MemoryLayout<inotify_event>.size <= count {
                let event = buffer.load(fromByteOffset: offset, as: inotify_event.self)
                let nameStart = offset + MemoryLayout<inotify_event>.size
                let name = event.len > 0 ? String(cString: (buffer + nameStart).assumingMemoryBound(to: CChar.self)) : ""
                offset = nameStart + Int(event.len)
                if try handle(event, name: name) { changed = true }
            }
        }
    }

    /// One event: true when it may change the library.
    private func handle(_ event: inotify_event, name: String) throws -> Bool {
        let mask = event.mask
        if mask & UInt32(IN_Q_OVERFLOW) != 0 { return true }
        if mask & UInt32(IN_IGNORED) != 0 {
            folders[event.wd] = nil
            return false
        }
        // Editors' swap and backup files, and other hidden entries, are never articles.
        if name.hasPrefix(".") { return false }
        let isNewFolder = mask & UInt32(IN_ISDIR) != 0 && mask & (UInt32(IN_CREATE) | UInt32(IN_MOVED_TO)) != 0
        if isNewFolder, let parent = folders[event.wd] {
            try addTree(parent + "/" + name)
        }
        return true
    }
}
