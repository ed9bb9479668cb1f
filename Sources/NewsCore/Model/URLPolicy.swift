/// Which URLs newsreader opens, copies or makes clickable (issue #6): `http`, `https` and
/// `mailto` only, and none holding a character the terminal would not show as itself.
///
/// Article text comes from anywhere: a `file:` or `javascript:` link must not reach a browser,
/// through the opener, the clipboard or an OSC 8 hyperlink alike.
public enum URLPolicy {
    public static let allowedSchemes: Set<String> = ["http", "https", "mailto"]

    /// Why `url` must not be opened, or nil when it may be.
    ///
    /// The scheme is read per RFC 3986 §3.1 (a letter, then letters, digits, `+`, `-`, `.`,
    /// ending at the first `:`), compared case-insensitively. An allowed URL therefore starts
    /// with a letter, so it can never be mistaken for an option (`-…`) by the opener.
    public static func refusal(for url: String) -> String? {
        // The URL is article text: shown only sanitized, in messages as on the screen.
        let shown = TerminalText.sanitize(url)
        guard let colon = url.firstIndex(of: ":") else {
            return "not opened: \(shown) has no scheme (only http, https and mailto are opened)"
        }
        let scheme = url[..<colon]
        let isScheme = scheme.first.map { $0.isASCII && $0.isLetter } == true
            && scheme.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber || "+-.".contains($0)) }
        guard isScheme else {
            return "not opened: \(shown) has no scheme (only http, https and mailto are opened)"
        }
        guard allowedSchemes.contains(scheme.lowercased()) else {
            return "not opened: \(scheme): URLs are not opened (only http, https and mailto)"
        }
        // Controls (C0, DEL, C1) and bidi formatting characters have no place in a URL and can
        // make the one shown differ from the one opened.
        if url.unicodeScalars.contains(where: TerminalText.isUnsafe) {
            return "not opened: the URL contains control, bidi formatting or unassigned characters"
        }
        return nil
    }
}
