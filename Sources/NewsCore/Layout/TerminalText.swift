/// Makes untrusted text safe to print on a terminal.
///
/// Articles come from anywhere: an ESC in a title could retitle the terminal or hide text, a C1
/// control or DEL could start a sequence on some terminals, and bidi overrides can reorder what
/// the reader sees. None of them may reach the output; each is replaced by a visible stand-in.
public enum TerminalText {
    /// Replaces controls and bidi formatting characters; tabs become `tabWidth` spaces (at 0 they
    /// are kept for callers that expand them by column), newlines become spaces unless `keepNewlines`.
    public static func sanitize(_ text: String, keepNewlines: Bool = false) -> String {
        guard text.unicodeScalars.contains(where: needsReplacement) else { return text }
        var output = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            switch scalar.value {
            case 0x0A:
                output.append(keepNewlines ? scalar : " ")
            case 0x09:
                output.append(" ")
            case 0x00...0x1F:
                // Control Pictures (U+2400 block) show C0 controls visibly: ESC → ␛.
                output.append(Unicode.Scalar(0x2400 + scalar.value)!)
            case 0x7F:
                output.append("\u{2421}")
            case 0x80...0x9F, 0x202A...0x202E, 0x2066...0x2069, 0x200E, 0x200F, 0x061C:
                output.append("\u{FFFD}")
            default:
                output.append(scalar)
            }
        }
        return String(output)
    }

    private static func needsReplacement(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x00...0x1F, 0x7F...0x9F, 0x202A...0x202E, 0x2066...0x2069, 0x200E, 0x200F, 0x061C: return true
        default: return false
        }
    }
}
