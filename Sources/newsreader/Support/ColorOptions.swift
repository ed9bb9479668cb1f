import ArgumentParser
import NewsRuntime
import TerminalSeam

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

    /// The configuration's theme when output is styled, else nil.
    func theme(_ configuration: Configuration, terminal: TerminalInfo = .current()) -> Theme? {
        isEnabled(terminal) ? configuration.theme.theme : nil
    }

    /// A painter for this run, with the configuration's theme when output is styled.
    func painter(_ configuration: Configuration) -> Painter { Painter(theme: theme(configuration)) }
}
