/// Makes untrusted text safe to print on a terminal: the one rule every output path applies.
///
/// Articles come from anywhere: an ESC in a title could retitle the terminal, write the clipboard
/// (OSC 52) or clear the screen; a C1 control or DEL starts a sequence on some terminals; bidi
/// controls reorder what the reader sees. None of them may reach the output; each is replaced by
/// a visible stand-in. What counts as unsafe (``isUnsafe(_:)``):
///
/// - C0 controls U+0000–U+001F (ESC among them) → Control Pictures, `␛` for ESC (U+2400 block);
///   tab and newline follow ``LineBreaks`` instead;
/// - DEL U+007F → `␡`;
/// - C1 controls U+0080–U+009F (8-bit CSI U+009B, OSC U+009D, DCS U+0090, NEL U+0085) → `�`;
/// - bidi controls (UAX #9 §2): embeddings and overrides LRE RLE PDF LRO RLO (U+202A–U+202E),
///   isolates LRI RLI FSI PDI (U+2066–U+2069), marks LRM RLM ALM (U+200E, U+200F, U+061C) → `�`;
/// - LINE and PARAGRAPH SEPARATOR (U+2028, U+2029): line breaks to Unicode, yet `wcwidth` says -1
///   and terminals disagree on them → treated as a newline;
/// - unassigned code points and noncharacters: `wcwidth` says -1, and a terminal with newer tables
///   may draw them wider, shifting every later column → `�`.
///
/// Kept on purpose: zero-width joiners and non-joiners, variation selectors, tag characters and
/// ZWSP (emoji sequences, Indic and Arabic joining, CJK break hints need them; they move no cursor
/// and hide nothing but themselves), the soft hyphen and private-use characters (width 1).
public enum TerminalText {
    /// How the line breaks of a text are shown (newline, U+2028, U+2029; tab goes along).
    public enum LineBreaks: Sendable {
        /// Prose: a break becomes a space, a tab one space.
        case spaces
        /// Text whose lines the caller lays out: a break stays `\n`, a tab one space.
        case kept
        /// One-line records (file names, paths, ids): every break and tab shows as a marker
        /// (`␊`, `␉`), so a name with a newline cannot pass for two lines.
        case markers
    }

    /// The stand-in for every unsafe character that has no picture of its own.
    public static let marker: Unicode.Scalar = "\u{FFFD}"

    /// Replaces unsafe characters with visible stand-ins; newlines become spaces unless
    /// `keepNewlines`.
    public static func sanitize(_ text: String, keepNewlines: Bool = false) -> String {
        sanitize(text, lineBreaks: keepNewlines ? .kept : .spaces)
    }

    /// A file name, path or id made safe as one line: every control shows, newline and tab too.
    public static func sanitizeName(_ name: String) -> String {
        sanitize(name, lineBreaks: .markers)
    }

    /// Replaces unsafe characters with visible stand-ins, line breaks as `lineBreaks` says.
    public static func sanitize(_ text: String, lineBreaks: LineBreaks) -> String {
        guard text.unicodeScalars.contains(where: isUnsafe) else { return text }
        var output = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            if isUnsafe(scalar) {
                output.append(replacement(for: scalar, lineBreaks: lineBreaks))
            } else {
                output.append(scalar)
            }
        }
        return String(output)
    }

    /// True when `scalar` may not reach a terminal as itself (the classes listed on the type).
    public static func isUnsafe(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        // Fast path for most article text: printable Latin, CJK punctuation, CJK ideographs and
        // full-width forms, every one of them assigned (U+0378 is the first unassigned point).
        case 0x20..<0x7F, 0xA0..<0x378, 0x3000...0x303F, 0x4E00...0x9FFF, 0xFF01...0xFF60:
            return false
        case 0x00..<0x20, 0x7F...0x9F:
            return true
        case 0x061C, 0x200E, 0x200F, 0x202A...0x202E, 0x2066...0x2069:
            return true
        case 0x2028, 0x2029:
            return true
        default:
            // Noncharacters (U+FDD0–U+FDEF, U+xxFFFE/F) have the category Cn as well.
            return scalar.properties.generalCategory == .unassigned
        }
    }

    /// The visible stand-in for an unsafe scalar.
    private static func replacement(for scalar: Unicode.Scalar, lineBreaks: LineBreaks) -> Unicode.Scalar {
        switch scalar.value {
        case 0x0A, 0x2028, 0x2029:
            switch lineBreaks {
            case .spaces: return " "
            case .kept: return "\n"
            case .markers: return scalar.value == 0x0A ? "\u{240A}" : marker
            }
        case 0x09:
            return lineBreaks == .markers ? "\u{2409}" : " "
        case 0x00..<0x20:
            // Control Pictures: U+2400 + the control's value (ESC 0x1B → ␛ U+241B).
            return Unicode.Scalar(0x2400 + scalar.value)!
        case 0x7F:
            return "\u{2421}"
        default:
            return marker
        }
    }
}
