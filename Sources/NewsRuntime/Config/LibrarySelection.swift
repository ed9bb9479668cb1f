import Foundation
import NewsCore

/// Which library folder a command reads: `--library` > `$NEWSREADER_LIBRARY` > the
/// configuration's `library` > the built-in samples (nil).
public enum LibrarySelection {
    public static func folder(flag: String?, environment: [String: String], configuration: Configuration) -> URL? {
        if let flag { return resolve(flag, libraries: configuration.libraries) }
        if let fromEnvironment = environment["NEWSREADER_LIBRARY"], !fromEnvironment.isEmpty {
            return resolve(fromEnvironment, libraries: configuration.libraries)
        }
        switch configuration.library {
        case .folder(let url): return url
        case .named(let name): return configuration.libraries[name]
        case nil: return nil
        }
    }

    /// A name of `[libraries]` picks that folder; anything else is a path, as before names
    /// existed. A value holding `/` is always a path (names cannot hold one), so
    /// `--library ./news` reaches a folder that shares a library's name.
    static func resolve(_ value: String, libraries: [String: URL]) -> URL {
        if !value.contains("/"), let named = libraries[value] { return named }
        return URL(fileURLWithPath: value)
    }

    /// What to add when the folder `--library value` named does not exist: the names it could
    /// have meant, when the configuration has any and the value could be one.
    public static func missingFolderHint(flag: String?, libraries: [String: URL]) -> String? {
        guard let flag, !flag.contains("/"), libraries[flag] == nil, !libraries.isEmpty else { return nil }
        let names = libraries.keys.sorted().map { TerminalText.sanitize($0) }
        return " (not a name of [libraries] either: " + names.joined(separator: ", ") + ")"
    }
}
