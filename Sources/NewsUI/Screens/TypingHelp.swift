/// What a screen's help says about typing, which the keymap cannot list: lines before and after
/// the keys.
struct TypingHelp: Equatable, Sendable {
    var before: [String] = []
    var after: [String] = []
}
