import Foundation

/// Where the index (disposable) and the user's state (kept) live.
public struct StoreLocations: Equatable, Sendable {
    /// `$XDG_CACHE_HOME/newsreader`, else `~/.cache/newsreader`.
    public var cacheDirectory: URL
    /// `$XDG_DATA_HOME/newsreader`, else `~/.local/share/newsreader`.
    public var dataDirectory: URL

    public init(cacheDirectory: URL, dataDirectory: URL) {
        self.cacheDirectory = cacheDirectory
        self.dataDirectory = dataDirectory
    }

    /// The XDG locations for this environment.
    public static func fromEnvironment(_ environment: [String: String] = ProcessInfo.processInfo.environment) -> StoreLocations {
        let home = URL(fileURLWithPath: environment["HOME"] ?? NSHomeDirectory())
        func folder(_ variable: String, _ fallback: String) -> URL {
            // XDG Base Directory spec: a relative path in the variable is invalid and ignored.
            if let value = environment[variable], value.hasPrefix("/") { return URL(fileURLWithPath: value) }
            return home.appendingPathComponent(fallback)
        }
        return StoreLocations(
            cacheDirectory: folder("XDG_CACHE_HOME", ".cache").appendingPathComponent("newsreader"),
            dataDirectory: folder("XDG_DATA_HOME", ".local/share").appendingPathComponent("newsreader"))
    }
}
