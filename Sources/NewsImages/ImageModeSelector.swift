/// Chooses how to draw pictures from the requested mode and the terminal (issue 15's rules).
public enum ImageModeSelector {
    /// - `off`, colour turned off (`colorEnabled` false, `NO_COLOR`) or a monochrome terminal:
    ///   placeholders. Colour off wins even over an explicit protocol: no escape byte then.
    /// - `kitty`, `sixel`, `iterm`, `symbols`: that, as asked.
    /// - `auto`: symbols inside tmux or screen (they do not pass graphics through reliably);
    ///   else kitty (`TERM=xterm-kitty` or `KITTY_WINDOW_ID`), iTerm2 (`TERM_PROGRAM` iTerm.app
    ///   or WezTerm), sixel (DA1 reply lists 4), else symbols.
    public static func select(_ mode: ImageMode, environment: TerminalImageEnvironment, colorEnabled: Bool = true) -> ImageOutput {
        guard mode != .off, colorEnabled, environment.value("NO_COLOR") == nil,
              let depth = colorDepth(environment) else { return .placeholders }
        switch mode {
        case .off: return .placeholders
        case .kitty: return .kitty
        case .sixel: return .sixel
        case .iterm: return .iterm
        case .symbols: return .symbols(depth)
        case .auto: return automatic(environment, depth: depth)
        }
    }

    private static func automatic(_ environment: TerminalImageEnvironment, depth: ImageColorDepth) -> ImageOutput {
        if isMultiplexer(environment) { return .symbols(depth) }
        if environment.value("TERM") == "xterm-kitty" || environment.value("KITTY_WINDOW_ID") != nil { return .kitty }
        if let program = environment.value("TERM_PROGRAM"), ["iTerm.app", "WezTerm"].contains(program) { return .iterm }
        if environment.deviceAttributes?.contains(4) == true { return .sixel }
        return .symbols(depth)
    }

    /// Inside tmux or GNU screen.
    public static func isMultiplexer(_ environment: TerminalImageEnvironment) -> Bool {
        if environment.value("TMUX") != nil || environment.value("STY") != nil { return true }
        let term = environment.value("TERM") ?? ""
        return term.hasPrefix("screen") || term.hasPrefix("tmux")
    }

    /// True colour when `COLORTERM` says so; else terminfo's count (256 or more: 256; 8–255: 16);
    /// nil for a monochrome terminal. Without terminfo, a TERM ending in `256color` counts as 256.
    public static func colorDepth(_ environment: TerminalImageEnvironment) -> ImageColorDepth? {
        if let colorterm = environment.value("COLORTERM")?.lowercased(), ["truecolor", "24bit"].contains(colorterm) {
            return .trueColor
        }
        let colors = environment.terminfoColors ?? ((environment.value("TERM") ?? "").hasSuffix("256color") ? 256 : 8)
        if colors >= 256 { return .indexed256 }
        if colors >= 8 { return .indexed16 }
        return nil
    }
}
