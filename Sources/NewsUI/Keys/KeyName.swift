/// Key names as a configuration file writes them (`q`, `G`, `ctrl-x`, `enter`, `pgdn`), both ways.
///
/// The names follow what the backend can deliver (``KeyEvent``): there are no function keys, and
/// the Ctrl letters that terminals send as Tab, Enter, Backspace or Esc bytes are refused, since a
/// binding for them could never be pressed (see `KeyDecoder`).
public enum KeyName {
    /// Why a key name was refused, as a sentence fragment for `file:line: key: …` messages.
    public struct Failure: Error, Equatable, Sendable, CustomStringConvertible {
        public var reason: String
        public var description: String { reason }
    }

    /// Named keys, lowercase; the first name of each key is the one ``name(of:)`` writes.
    static let namedKeys: [(names: [String], key: KeyEvent)] = [
        (["enter", "return"], .enter),
        (["tab"], .tab),
        (["backtab", "shift-tab"], .backTab),
        (["esc", "escape"], .escape),
        (["backspace"], .backspace),
        (["delete", "del"], .delete),
        (["space"], .character(" ")),
        (["up"], .up), (["down"], .down), (["left"], .left), (["right"], .right),
        (["home"], .home), (["end"], .end),
        (["pgup", "pageup"], .pageUp), (["pgdn", "pagedown"], .pageDown),
    ]

    /// Ctrl letters that arrive as another key's byte: Ctrl-H is Backspace (BS), Ctrl-I is Tab,
    /// Ctrl-J and Ctrl-M are Enter (LF, CR).
    static let indistinguishableControls: [Character: String] = ["h": "backspace", "i": "tab", "j": "enter", "m": "enter"]

    /// The key a name means.
    ///
    /// - A single printable character is that character, case-sensitive (`g` and `G` differ);
    ///   any script works (`中`), as `get_wch` delivers it.
    /// - `ctrl-x` (also `c-x`, any case) is Ctrl with a letter a–z.
    /// - The named keys are case-insensitive: `Enter`, `PgDn`, `Shift-Tab`.
    public static func parse(_ name: String) -> Result<KeyEvent, Failure> {
        if name.count == 1, let character = name.first {
            if character == " " { return .success(.character(" ")) }
            guard isPrintable(character) else {
                return .failure(Failure(reason: "a control character is no key name (write ctrl-x, tab, enter…)"))
            }
            return .success(.character(character))
        }
        let lowered = name.lowercased()
        if let named = namedKeys.first(where: { $0.names.contains(lowered) }) { return .success(named.key) }
        for prefix in ["ctrl-", "c-"] where lowered.hasPrefix(prefix) {
            let rest = lowered.dropFirst(prefix.count)
            guard rest.count == 1, let letter = rest.first, ("a"..."z").contains(letter) else {
                return .failure(Failure(reason: "unknown key name \"\(name)\" (ctrl- takes one letter a-z)"))
            }
            if let other = indistinguishableControls[letter] {
                return .failure(Failure(reason: "\"\(name)\" cannot be told apart from \(other) by a terminal: bind \(other)"))
            }
            return .success(.control(letter))
        }
        return .failure(Failure(reason: "unknown key name \"\(name)\""))
    }

    /// The name a configuration file writes for `key`; ``parse(_:)`` reads it back to `key`.
    public static func name(of key: KeyEvent) -> String {
        switch key {
        case .character(" "): return "space"
        case .character(let character): return String(character)
        case .control(let letter): return "ctrl-" + String(letter)
        default:
            return namedKeys.first { $0.key == key }?.names.first ?? key.description
        }
    }

    /// Not a control character, a format character or whitespace other than a plain space.
    private static func isPrintable(_ character: Character) -> Bool {
        !character.unicodeScalars.contains { scalar in
            switch scalar.properties.generalCategory {
            case .control, .format, .lineSeparator, .paragraphSeparator, .spaceSeparator, .surrogate, .unassigned:
                return true
            default:
                return false
            }
        }
    }
}
