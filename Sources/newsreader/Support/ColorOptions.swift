import ArgumentParser
import NewsCore

/// `--color auto|always|never`, on every command that prints styled text.
///
/// `auto` styles only a terminal: standard output is a TTY, `NO_COLOR` is unset or empty
/// (no-color.org) and `TERM` is not `dumb`. `always` wins over `NO_COLOR`, as no-color.org
/// allows an explicit choice to.
struct ColorOptions: ParsableArguments {
    enum Mode: String, ExpressibleByArgument, CaseIterable {
        case auto, always, never
    }

    @Option(help: "Colour and attributes: auto (a terminal, without NO_COLOR), always, never.")
    var color: Mode = .auto

    /// Whether output gets SGR attributes and colours.
    func isEnabled(_ terminal: TerminalInfo = .current()) -> Bool {
        switch color {
        case .always: return true
        case .never: return false
        case .auto: return terminal.isTTY && !terminal.noColor && !terminal.isDumb
        }
    }

    /// A painter for this run.
    var painter: Painter { Painter(enabled: isEnabled()) }
}

/// Wraps text in SGR codes when colour is on; always sanitizes it first (it is article text).
struct Painter {
    let enabled: Bool

    static let dim = "2", bold = "1", underline = "4", reverse = "1;7"
    static let red = "31", green = "32", magenta = "35", cyan = "36"

    func paint(_ text: String, _ codes: String...) -> String {
        let safe = TerminalText.sanitize(text)
        guard enabled, !codes.isEmpty, !safe.isEmpty else { return safe }
        return "\u{1B}[\(codes.joined(separator: ";"))m\(safe)\u{1B}[0m"
    }
}
