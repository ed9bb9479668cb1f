/// `<sup>` and `<sub>` as plain text: Unicode super- and subscript characters when every
/// character has one (`10³`, `H₂O`), else `^(…)` / `_(…)` around the text.
public enum ScriptText {
    public enum Position: Sendable {
        case superscript, `subscript`
    }

    /// Characters with a superscript form in Unicode (Superscripts and Subscripts, Spacing
    /// Modifier Letters, Phonetic Extensions).
    private static let superscripts: [Character: Character] = pairs(
        "0123456789+-=()niabcdefghjklmoprstuvwxyz",
        "⁰¹²³⁴⁵⁶⁷⁸⁹⁺⁻⁼⁽⁾ⁿⁱᵃᵇᶜᵈᵉᶠᵍʰʲᵏˡᵐᵒᵖʳˢᵗᵘᵛʷˣʸᶻ")
    private static let subscripts: [Character: Character] = pairs(
        "0123456789+-=()aehijklmnoprstuvx",
        "₀₁₂₃₄₅₆₇₈₉₊₋₌₍₎ₐₑₕᵢⱼₖₗₘₙₒₚᵣₛₜᵤᵥₓ")

    private static func pairs(_ plain: String, _ shifted: String) -> [Character: Character] {
        Dictionary(uniqueKeysWithValues: zip(plain, shifted))
    }

    /// The Unicode form of `text`, or nil when some character has none (or the text is empty).
    public static func unicode(_ text: String, _ position: Position) -> String? {
        let table = position == .superscript ? superscripts : subscripts
        guard !text.isEmpty else { return nil }
        var result = ""
        for character in text {
            guard let shifted = table[character] else { return nil }
            result.append(shifted)
        }
        return result
    }

    /// `^(` or `_(`, the opening of the fallback form.
    public static func fallbackOpening(_ position: Position) -> String {
        position == .superscript ? "^(" : "_("
    }
}
