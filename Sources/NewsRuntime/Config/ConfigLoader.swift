import Foundation
import NewsCore

/// Finds, reads and checks the configuration file for a command.
public enum ConfigLoader {
    /// A file larger than this is no configuration file (a mistaken path, a log).
    static let maximumBytes = 1 << 20

    /// `$XDG_CONFIG_HOME/newsreader/config.toml`, else `~/.config/newsreader/config.toml`.
    ///
    /// The XDG Base Directory spec says a relative `$XDG_CONFIG_HOME` is invalid and to be
    /// ignored, so only an absolute one counts.
    public static func defaultPath(environment: [String: String]) -> String {
        if let xdg = environment["XDG_CONFIG_HOME"], xdg.hasPrefix("/") {
            return URL(fileURLWithPath: xdg).appendingPathComponent("newsreader/config.toml").path
        }
        return URL(fileURLWithPath: home(environment: environment)).appendingPathComponent(".config/newsreader/config.toml").path
    }

    /// The folder `~` means: `$HOME`, else the account's home folder.
    public static func home(environment: [String: String]) -> String {
        if let home = environment["HOME"], !home.isEmpty { return home }
        return NSHomeDirectory()
    }

    /// What was found at a configuration path.
    public enum Contents: Equatable {
        case missing
        case unreadable(String)
        case text(String)
    }

    /// The text at `path` (`-` is standard input), or why there is none.
    public static func contents(of path: String) -> Contents {
        let data: Data
        if path == "-" {
            data = FileHandle.standardInput.readDataToEndOfFile()
        } else {
            var isFolder: ObjCBool = false
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isFolder) else { return .missing }
            if isFolder.boolValue { return .unreadable("is a folder, not a file") }
            guard let handle = FileHandle(forReadingAtPath: path) else { return .unreadable("cannot be read (permission?)") }
            defer { try? handle.close() }
            guard let read = try? handle.read(upToCount: maximumBytes + 1) else { return .unreadable("cannot be read") }
            data = read
        }
        if data.count > maximumBytes { return .unreadable("is larger than 1 MiB: not a configuration file") }
        guard let text = String(data: data, encoding: .utf8) else { return .unreadable("is not UTF-8 text") }
        return .text(text)
    }

    /// The configuration a command runs with: `explicitPath` (`--config`) or the default path.
    ///
    /// A missing default file means the defaults; a missing `--config FILE` is an error, since
    /// the user named it. Warnings go to standard error at once; errors are thrown together as a
    /// ``ConfigurationError``, each naming the file, the line and the key.
    public static func load(explicitPath: String?, environment: [String: String],
                            warn: (String) -> Void = { FileHandle.standardError.write(Data("newsreader: \($0)\n".utf8)) }) throws -> Configuration {
        let path = explicitPath ?? defaultPath(environment: environment)
        let shownPath = TerminalText.sanitize(path)
        switch contents(of: path) {
        case .missing:
            if explicitPath == nil { return .defaults }
            throw ConfigurationError(messages: ["\(shownPath): no such configuration file"])
        case .unreadable(let reason):
            throw ConfigurationError(messages: ["\(shownPath): \(reason)"])
        case .text(let text):
            let reading = ConfigParser.parse(text, home: home(environment: environment))
            for warning in reading.warnings { warn(warning.formatted(file: path)) }
            let errors = reading.errors.map { $0.formatted(file: path) }
            if !errors.isEmpty { throw ConfigurationError(messages: errors) }
            var configuration = reading.configuration
            // The reader's screen hides standard error: it lists these with the library's problems.
            configuration.warnings = reading.warnings.map {
                Problem(path: path, line: $0.line, severity: .warning, message: ($0.key.map { "\($0): " } ?? "") + $0.message)
            }
            return configuration
        }
    }
}
