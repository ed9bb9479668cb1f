import Foundation
import NewsCore
import NewsImages
import NewsReading
import NewsUI

/// The settings of `config.toml`, read and checked; every one has a default, so a missing file
/// and an empty one mean the same (issue #7).
public struct Configuration: Equatable, Sendable {
    /// `library`: the default library, a folder or the name of a `[libraries]` entry.
    public var library: LibraryReference?
    /// `[libraries]`: named folders, picked with `--library NAME`.
    public var libraries: [String: URL] = [:]
    /// `opener`: the argv that opens a URL, with `{url}` where the URL goes (appended when absent).
    public var opener: [String]?
    /// `show_drafts`: drafts are listed by the reader and by `list`.
    public var showDrafts = false
    /// Clicks and the wheel in the reader (off: the terminal's own selection works without Shift).
    public var mouse = true
    /// `date_format`: how lists write dates.
    public var dateFormat = ArticleDateFormat.standard
    /// `[keys.<screen>]`, in file order: each replaces one action's keys on one screen.
    var keyOverrides: [KeyOverride] = []
    /// `theme`: the look of the reader and of `show --color always`.
    public var theme = ThemeSetting.standard
    /// `ambiguous_width`: columns of East Asian Ambiguous characters (`“”…·—`), UAX #11.
    public var ambiguousWidth = AmbiguousWidth.narrow
    /// `line_break`: CSS `line-break` strictness for CJK text.
    public var lineBreak = LineBreaker.Strictness.strict
    /// `images`: how pictures are drawn (issue 15); `--images` on the reader and `show` wins.
    public var images = ImageMode.auto
    /// `breaks`: single line endings in prose are line breaks. `breaks = true|false` for every
    /// library, or a table `[breaks]` of library names from `[libraries]`; unset, each library's
    /// site configuration decides (Hexo `marked.breaks`, Hugo `hardWraps`).
    public var breaks: BreaksSetting = .site
    /// `text_width`: article text is never wider than this many columns; 0 is the full width.
    public var textWidth = TextMeasure.defaultColumns
    /// What the file had that was ignored (unknown settings), for the reader's problems screen.
    public var warnings: [Problem] = []

    /// The built-in settings: what an absent file gives.
    public static let defaults = Configuration()

    /// The standard keymap with this file's overrides.
    var keymap: Keymap { Keymap.standard.applying(keyOverrides) }
}

/// The names `line_break` accepts, mapped to the line breaker's strictness.
extension LineBreaker.Strictness {
    /// The setting's word for this strictness.
    public var configName: String {
        switch self {
        case .strict: return "strict"
        case .normal: return "normal"
        case .loose: return "loose"
        }
    }

    public init?(configName: String) {
        guard let match = Self.allCases.first(where: { $0.configName == configName }) else { return nil }
        self = match
    }
}
