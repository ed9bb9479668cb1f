#if canImport(Glibc)
import Glibc
#endif

/// The locale curses needs before it starts.
public enum TerminalLocale {
    /// Adopts the user's locale (`setlocale(LC_ALL, "")`), and when its character set is not
    /// UTF-8, switches `LC_CTYPE` to `C.UTF-8`.
    ///
    /// ncursesw decides how to read input bytes and measure characters from `LC_CTYPE` at
    /// `newterm` time; without a UTF-8 `LC_CTYPE`, `wcwidth` answers -1 for CJK and Chinese text
    /// is drawn as escapes (DESIGN.md, measured). Must run before ``CursesTerminal/start()``.
    /// - Returns: true when `LC_CTYPE` is UTF-8 afterwards.
    @discardableResult
    public static func prepare() -> Bool {
        setlocale(LC_ALL, "")
        // Numbers keep the C format whatever the user's locale (a decimal comma must not reach
        // printf-style formatting); curses needs LC_CTYPE only.
        setlocale(LC_NUMERIC, "C")
        if isUTF8 { return true }
        setlocale(LC_CTYPE, "C.UTF-8")
        return isUTF8
    }

    private static var isUTF8: Bool {
        guard let codeset = nl_langinfo(nl_item(CODESET)) else { return false }
        let name = String(cString: codeset).lowercased()
        return name == "utf-8" || name == "utf8"
    }
}
