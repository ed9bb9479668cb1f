import Testing
@testable import NewsImages

@Suite("Choosing how to draw pictures from the mode and the terminal")
struct ImageModeSelectorTests {
    private func select(_ mode: ImageMode, _ variables: [String: String], colors: Int? = 256,
                        attributes: [Int]? = nil, color: Bool = true) -> ImageOutput {
        ImageModeSelector.select(mode, environment: TerminalImageEnvironment(variables: variables, terminfoColors: colors,
                                                                           deviceAttributes: attributes), colorEnabled: color)
    }

    @Test("auto: kitty by TERM or KITTY_WINDOW_ID")
    func kitty() {
        #expect(select(.auto, ["TERM": "xterm-kitty"]) == .kitty)
        #expect(select(.auto, ["TERM": "xterm-256color", "KITTY_WINDOW_ID": "1"]) == .kitty)
    }

    @Test("auto: iTerm2 protocol for iTerm.app and WezTerm")
    func iterm() {
        #expect(select(.auto, ["TERM": "xterm-256color", "TERM_PROGRAM": "iTerm.app"]) == .iterm)
        #expect(select(.auto, ["TERM": "xterm-256color", "TERM_PROGRAM": "WezTerm"]) == .iterm)
        #expect(select(.auto, ["TERM": "xterm-256color", "TERM_PROGRAM": "vscode"]) == .symbols(.indexed256))
    }

    @Test("auto: sixel when the DA1 reply lists 4, symbols when it does not")
    func sixel() {
        #expect(select(.auto, ["TERM": "foot"], attributes: [62, 4, 22]) == .sixel)
        #expect(select(.auto, ["TERM": "xterm-256color"], attributes: [62, 22]) == .symbols(.indexed256))
    }

    @Test("auto inside tmux or screen: symbols, even in kitty")
    func multiplexers() {
        #expect(select(.auto, ["TERM": "tmux-256color", "TMUX": "/tmp/tmux-0/default,1,0", "KITTY_WINDOW_ID": "1"]) == .symbols(.indexed256))
        #expect(select(.auto, ["TERM": "screen-256color", "STY": "1.pts"], attributes: [62, 4]) == .symbols(.indexed256))
    }

    @Test("colour depth: COLORTERM truecolor, else terminfo's count")
    func depth() {
        #expect(select(.auto, ["TERM": "xterm-256color", "COLORTERM": "truecolor"]) == .symbols(.trueColor))
        #expect(select(.auto, ["TERM": "xterm-256color", "COLORTERM": "24bit"]) == .symbols(.trueColor))
        #expect(select(.auto, ["TERM": "xterm"], colors: 8) == .symbols(.indexed16))
        #expect(select(.auto, ["TERM": "xterm-256color"], colors: nil) == .symbols(.indexed256))
    }

    @Test("NO_COLOR, a monochrome terminal, colour off or mode off: placeholders, whatever was asked")
    func placeholders() {
        #expect(select(.auto, ["TERM": "xterm-kitty", "NO_COLOR": "1"]) == .placeholders)
        #expect(select(.auto, ["TERM": "vt100"], colors: 2) == .placeholders)
        #expect(select(.kitty, ["TERM": "xterm-kitty"], color: false) == .placeholders)
        #expect(select(.off, ["TERM": "xterm-kitty"]) == .placeholders)
    }

    @Test("an explicit mode is used as asked, tmux or not")
    func explicit() {
        #expect(select(.sixel, ["TERM": "tmux-256color", "TMUX": "x"]) == .sixel)
        #expect(select(.kitty, ["TERM": "xterm"]) == .kitty)
        #expect(select(.iterm, ["TERM": "xterm"]) == .iterm)
        #expect(select(.symbols, ["TERM": "xterm-kitty", "COLORTERM": "truecolor"]) == .symbols(.trueColor))
    }

    @Test("DA1 replies parse to their parameters; anything else is no reply")
    func deviceAttributes() {
        #expect(TerminalImageEnvironment.parseDeviceAttributes(Array("\u{1B}[?62;4;22c".utf8)) == [62, 4, 22])
        #expect(TerminalImageEnvironment.parseDeviceAttributes(Array("junk\u{1B}[?1;2c".utf8)) == [1, 2])
        #expect(TerminalImageEnvironment.parseDeviceAttributes(Array("\u{1B}[?62;4".utf8)) == nil)
        #expect(TerminalImageEnvironment.parseDeviceAttributes(Array("\u{1B}[?6x;4c".utf8)) == nil)
    }
}
