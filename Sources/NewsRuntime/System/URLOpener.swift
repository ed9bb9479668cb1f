import Foundation
import NewsCore
#if canImport(Glibc)
import Glibc
#endif

/// Starts the user's browser or mail program on a URL, detached from the reader.
///
/// The opener is `$NEWSREADER_OPENER`, else the configuration's `opener`, else `$BROWSER`, else
/// `xdg-open` (issues #4, #7). Only `http`, `https` and `mailto` URLs are opened: article text
/// comes from anywhere, and a `file:` or `javascript:` link must not reach a program that would
/// act on it.
public struct URLOpener: Sendable {
    /// The opener's program and its own arguments, `{url}` where the URL goes (appended when
    /// no argument holds it).
    public let command: [String]
    public let spawner: ProcessSpawner

    /// Stands for the URL in an opener's arguments: `["firefox", "--new-tab", "{url}"]`.
    public static let placeholder = "{url}"

    public init(command: [String], spawner: ProcessSpawner = ProcessSpawner()) {
        self.command = command.isEmpty ? ["xdg-open"] : command
        self.spawner = spawner
    }

    /// The opener named by the environment, then by the configuration file.
    public init(environment: [String: String], configured: [String]? = nil, spawner: ProcessSpawner = ProcessSpawner()) {
        self.init(command: Self.command(from: environment, configured: configured), spawner: spawner)
    }

    /// The opener's argv from the environment and the configuration, in their precedence.
    ///
    /// A variable is split on whitespace into words and run without a shell: `firefox
    /// --new-tab` works, while quotes, `$VAR` and `;` mean nothing, so no URL or setting can
    /// smuggle in a command. (`$BROWSER` as a colon-separated list is not supported.) The
    /// configuration's `opener` is already an argv array.
    public static func command(from environment: [String: String], configured: [String]? = nil) -> [String] {
        func words(_ name: String) -> [String] {
            (environment[name] ?? "").split(whereSeparator: \.isWhitespace).map(String.init)
        }
        let explicit = words("NEWSREADER_OPENER")
        if !explicit.isEmpty { return explicit }
        if let configured, !configured.isEmpty { return configured }
        let browser = words("BROWSER")
        return browser.isEmpty ? ["xdg-open"] : browser
    }

    /// The full argv for `url`: the opener's words with `{url}` replaced by the URL, or the URL
    /// appended as one more argument when no word holds `{url}`. Either way the URL stays
    /// inside one argument and no shell sees it.
    public func arguments(for url: String) -> [String] {
        guard command.dropFirst().contains(where: { $0.contains(Self.placeholder) }) else { return command + [url] }
        return [command[0]] + command.dropFirst().map { $0.replacingOccurrences(of: Self.placeholder, with: url) }
    }


    /// Starts the opener on `url` unless the policy refuses it.
    /// - Returns: the opener's program name, or why nothing was started.
    public func open(_ url: String) -> Result<String, OpenFailure> {
        if let reason = URLPolicy.refusal(for: url) { return .failure(OpenFailure(reason: reason)) }
        do {
            try spawner.spawnDetached(arguments(for: url))
            return .success(command.joined(separator: " "))
        } catch {
            return .failure(OpenFailure(reason: "cannot start \(command[0]): \(error)"))
        }
    }

    /// Starts the opener on a local image file: the one exception to the URL policy's refusal
    /// of `file:`, for a path ``ImageLocator`` found inside the library or its site folder
    /// (the caller's check). Only an absolute path with no control or bidi characters is passed,
    /// as one plain argument (never a `file:` URL, never through a shell).
    public func openLocalImage(atPath path: String) -> Result<String, OpenFailure> {
        guard path.hasPrefix("/") else { return .failure(OpenFailure(reason: "not an absolute path")) }
        if path.unicodeScalars.contains(where: TerminalText.isUnsafe) {
            return .failure(OpenFailure(reason: "the path contains control, bidi formatting or unassigned characters"))
        }
        do {
            try spawner.spawnDetached(arguments(for: path))
            return .success(command.joined(separator: " "))
        } catch {
            return .failure(OpenFailure(reason: "cannot start \(command[0]): \(error)"))
        }
    }

    /// Why a URL was not opened, for the status line.
    public struct OpenFailure: Error, Equatable {
        public var reason: String
    }
}
