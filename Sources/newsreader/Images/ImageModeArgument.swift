import ArgumentParser
import Foundation
import NewsImages

/// `--images auto|kitty|sixel|iterm|symbols|off`.
extension ImageMode: ExpressibleByArgument {}

extension TerminalImageEnvironment {
    /// This process's environment. Without terminfo at hand (commands that print), the colour
    /// count comes from COLORTERM and TERM alone.
    static func current(_ variables: [String: String] = ProcessInfo.processInfo.environment) -> TerminalImageEnvironment {
        TerminalImageEnvironment(variables: variables)
    }
}
