import NewsCore
import NewsUI

/// The commented default file `newsreader config --default` prints.
///
/// Two kinds of comment lines: `# text` explains (and shows examples), `#key = value` is a
/// default. Uncommenting every `#key` line gives a file that parses to the defaults, which a
/// test holds it to; the key tables are generated from ``Keymap/standard`` so they never drift.
public enum DefaultConfigFile {
    public static var text: String {
        var lines = header + settings + libraries + theme
        lines += keysIntroduction
        for context in KeyContext.allCases {
            lines.append("")
            lines.append("#[keys.\(context.rawValue)]")
            for (action, keys) in Keymap.standard.actions(in: context) {
                let names = keys.map { tomlString(KeyName.name(of: $0)) }.joined(separator: ", ")
                lines.append("#\(action.rawValue) = [\(names)]")
            }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    private static let header = [
        "# newsreader configuration: $XDG_CONFIG_HOME/newsreader/config.toml (else ~/.config/newsreader/config.toml).",
        "# Every setting is optional. `#key = value` lines show the defaults; `newsreader config --check` checks a file.",
        "",
    ]

    private static var settings: [String] {
        let defaults = Configuration.defaults
        return [
            "# The library: a folder (absolute, or starting with ~/) or the name of one of [libraries].",
            "# Default: none ($NEWSREADER_LIBRARY, else the built-in samples); --library DIR|NAME overrides it.",
            "# Example: library = \"~/news\"",
            "",
            "# The program that opens URLs, as an argv array; {url} marks where the URL goes (else it is appended).",
            "# Default: $BROWSER, else xdg-open; $NEWSREADER_OPENER overrides it. No shell runs it.",
            "# Example: opener = [\"firefox\", \"--new-tab\", \"{url}\"]",
            "",
            "# List drafts in the reader and in `newsreader list` (list --drafts does it once).",
            "#show_drafts = \(defaults.showDrafts)",
            "",
            "# How lists write dates, in the article's own time zone: %Y %y %m %d %H %M %S %z (+0800) %:z (+08:00),",
            "# %F (= %Y-%m-%d), %R (= %H:%M), %% (a percent sign); other text is kept.",
            "#date_format = \(tomlString(defaults.dateFormat.pattern))",
            "",
            "# Clicks and the mouse wheel in the reader. Off, the terminal's own text selection needs no Shift.",
            "#mouse = \(defaults.mouse)",
            "",
            "# Colours: \"default\", \"light\" (for light backgrounds), \"mono\" (no colours), or a [theme] table",
            "# of your own (below). NO_COLOR and monochrome terminals (TERM=vt100) always get attributes only.",
            "#theme = \"default\"",
            "",
            "# Columns of East Asian Ambiguous characters (“ ” … · —): 2 for terminals set to draw them wide.",
            "#ambiguous_width = \(defaults.ambiguousWidth.rawValue)",
            "",
            "# Line breaking in CJK text, as CSS line-break: \"strict\", \"normal\" or \"loose\".",
            "#line_break = \(tomlString(defaults.lineBreak.configName))",
            "",
            "# Pictures: \"auto\" (kitty, iTerm2 or sixel where the terminal has them, coloured blocks in tmux,",
            "# screen and elsewhere), \"kitty\", \"sixel\", \"iterm\", \"symbols\" (coloured blocks) or \"off\".",
            "#images = \(tomlString(defaults.images.rawValue))",
            "",
            "# Single line endings in prose as line breaks (Hexo's marked.breaks, Hugo's hardWraps). Unset, each",
            "# library's site configuration decides; true or false for all, or a [breaks] table by library name.",
            "# Example: breaks = true",
            "",
            "# The measure: article text is never wider than this many columns (0: the full width). The default",
            "# holds 36 Chinese characters a line, the middle of the 30–40 that Chinese typography sets body text at.",
            "#text_width = \(defaults.textWidth)",
            "",
        ]
    }

    private static let libraries = [
        "# Named libraries, picked with --library NAME (or library = \"NAME\"). Example:",
        "#   [libraries]",
        "#   news = \"~/news\"",
        "#   work = \"/srv/articles\"",
        "",
    ]

    private static let theme = [
        "# A theme of your own, instead of theme = \"…\": a style per role (title, tag, marker, link, url,",
        "# selection, status, bar, heading, topic, match, dim, error, code; a role left out keeps the",
        "# default theme's). 256-colour entries show as the nearest colour on 8-colour terminals. A style is words: attributes",
        "# bold dim italic underline reverse; a colour black red green yellow blue magenta cyan white,",
        "# bright-<colour>, default or color0…color255; and \"on <colour>\" for the background. Example:",
        "#   [theme]",
        "#   title = \"bold\"",
        "#   tag = \"cyan\"",
        "#   selection = \"reverse\"",
        "#   status = \"black on color250\"",
        "",
    ]

    /// The screens come from ``KeyContext``, so a new screen's section is named here too.
    private static let keysIntroduction = [
        "# Keys, per screen (\(KeyContext.allCases.map(\.rawValue).joined(separator: ", "))): action = [\"key\", …] or \"key\".",
        "# A binding REPLACES the action's keys on that screen (quit = [\"x\"] frees q) and takes its keys from",
        "# other actions there; [] leaves the action without a key. Key names: a character (q, G, ?, 中),",
        "# ctrl-a…ctrl-z (not ctrl-h/i/j/m: terminals send them as backspace, tab, enter), enter, tab,",
        "# backtab (shift-tab), esc, backspace, delete, space, up, down, left, right, home, end, pgup, pgdn.",
        "# The help screen (?) lists the keys in force. The defaults:",
    ]

    /// A TOML basic string holding `text`.
    static func tomlString(_ text: String) -> String {
        var escaped = ""
        for character in text {
            switch character {
            case "\\": escaped += "\\\\"
            case "\"": escaped += "\\\""
            default: escaped.append(character)
            }
        }
        return "\"" + escaped + "\""
    }
}
