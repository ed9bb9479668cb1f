import Foundation
import NewsCore

/// One finding about a configuration file: where (line, dotted key) and what.
public struct ConfigDiagnostic: Equatable, Sendable {
    public enum Severity: Equatable, Sendable {
        /// The file cannot be used: the command stops with exit status 2.
        case error
        /// Something is ignored (an unknown top-level key); the command goes on.
        case warning
    }

    public var severity: Severity
    /// 1-based line in the file, when known.
    public var line: Int?
    /// The dotted key (`keys.reader.quit`), or nil for the file as a whole (bad TOML).
    public var key: String?
    public var message: String

    public static func error(_ message: String, key: String?, line: Int?) -> ConfigDiagnostic {
        ConfigDiagnostic(severity: .error, line: line, key: key, message: message)
    }

    /// `config.toml:7: keys.reader.quit: unknown key name "ctlr-c"`; a warning says so first.
    ///
    /// Every part may come from the file (key names, values): all of it is sanitized so a file
    /// cannot send escape sequences to the terminal.
    public func formatted(file: String) -> String {
        var text = file
        if let line { text += ":\(line)" }
        text += ": "
        if severity == .warning { text += "warning: " }
        if let key { text += key + ": " }
        return TerminalText.sanitize(text + message)
    }
}

/// Dotted key paths as messages show them: bare keys as they are, others quoted
/// (`libraries."my news"`), as TOML itself writes them.
enum ConfigKeyPath {
    public static func text(_ components: [String]) -> String {
        components.map(quotedIfNeeded).joined(separator: ".")
    }

    static func quotedIfNeeded(_ component: String) -> String {
        let isBare = !component.isEmpty && component.unicodeScalars.allSatisfy {
            ($0.isASCII && ($0.properties.isAlphabetic || ("0"..."9").contains($0))) || $0 == "_" || $0 == "-"
        }
        if isBare { return component }
        let escaped = component.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"")
        return "\"" + escaped + "\""
    }
}
