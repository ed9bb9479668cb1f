import Foundation

/// The `breaks` setting of `config.toml`.
public enum BreaksSetting: Equatable, Sendable {
    /// As the site's configuration says.
    case site
    case all(Bool)
    /// By name of a `[libraries]` entry; other libraries as their site says.
    case byLibrary([String: Bool])

    /// The setting for the library at `folder`, nil when its site decides.
    public func value(for folder: URL, libraries: [String: URL]) -> Bool? {
        switch self {
        case .site: return nil
        case .all(let value): return value
        case .byLibrary(let values):
            let path = folder.standardizedFileURL.path
            return values.first { libraries[$0.key]?.standardizedFileURL.path == path }?.value
        }
    }
}
