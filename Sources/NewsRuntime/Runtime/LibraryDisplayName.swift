import Foundation
import SampleLibrary

/// How the reader's top bar names the library folder.
enum LibraryDisplayName {
    /// The built-in library by name (its real path is a build folder nobody needs to read), a
    /// folder under the home folder with `~`, anything else as its path.
    public static func of(_ root: URL, home: String? = ProcessInfo.processInfo.environment["HOME"]) -> String {
        let path = root.standardizedFileURL.resolvingSymlinksInPath().path
        if let sample = SampleLibrary.url?.standardizedFileURL.resolvingSymlinksInPath().path, path == sample {
            return "built-in samples"
        }
        if let home, !home.isEmpty, home != "/" {
            let prefix = home.hasSuffix("/") ? home : home + "/"
            if path.hasPrefix(prefix) { return "~/" + path.dropFirst(prefix.count) }
        }
        return path
    }
}
