import Foundation

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Creates the data folder and its missing parents, the way the XDG Base Directory spec asks.
///
/// Done with `mkdir(2)` rather than `FileManager.createDirectory` for two reasons: the spec wants
/// folders it creates to be private (mode 0700), and when creation fails the user should read
/// the system's reason ("Read-only file system", "Not a directory") instead of Foundation's
/// generic "The operation could not be completed".
enum StateDirectory {
    /// Makes sure `url` is a folder, creating it and its parents (mode 0700) when missing.
    static func create(_ url: URL) throws(StateFileError) {
        let components = url.standardizedFileURL.path.split(separator: "/", omittingEmptySubsequences: true)
        var path = ""
        for component in components {
            path += "/" + component
            // Existing folders first: mkdir on one inside a folder we may not write to could
            // report "permission denied" for a folder that is already there.
            if isDirectory(path) || mkdir(path, 0o700) == 0 { continue }
            let failure = errno
            // EEXIST: something is already there; fine only when it is a folder.
            if failure == EEXIST && isDirectory(path) { continue }
            throw failure == EEXIST
                ? StateFileError(path: path, reason: "a file is in the way of a folder")
                : StateFileError(path: path, errno: failure)
        }
    }

    private static func isDirectory(_ path: String) -> Bool {
        var isDirectory: ObjCBool = false
        return FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) && isDirectory.boolValue
    }
}

/// A file system call on the data folder that failed: the path and the system's own words.
struct StateFileError: Error, CustomStringConvertible {
    let path: String
    let reason: String

    init(path: String, reason: String) {
        self.path = path
        self.reason = reason
    }

    /// The reason `strerror` gives for `code`, e.g. "Read-only file system".
    init(path: String, errno code: Int32) {
        self.init(path: path, reason: String(cString: strerror(code)))
    }

    var description: String { "\(path): \(reason)" }
}
