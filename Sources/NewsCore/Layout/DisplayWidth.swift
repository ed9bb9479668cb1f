import CUnicode

/// Terminal column widths, measured as ncurses measures them: glibc `wcwidth` in a UTF-8 locale.
///
/// DESIGN.md: on every sample checked here `wcwidth` agreed with ncurses's own advance (CJK 2,
/// ambiguous `“”…·—` 1, combining marks 0, emoji 2). `wcwidth` answers -1 for CJK until LC_CTYPE is
/// a UTF-8 locale, so the first use switches LC_CTYPE to the user's UTF-8 locale or `C.UTF-8`.
public enum DisplayWidth {
    private static let localeIsUTF8: Bool = cu_use_utf8_ctype() == 1

    /// Columns of East Asian Ambiguous characters (`“”‘’·—…`): 1, or 2 on a terminal set to
    /// draw them wide (the `ambiguous_width` setting). Process-wide, because ncurses measures
    /// through the same `wcwidth` (CUnicode's AmbiguousWidth.c): set it once, before drawing.
    public static var ambiguousWidth: Int {
        get { Int(cu_ambiguous_width()) }
        set { cu_set_ambiguous_width(Int32(newValue)) }
    }

    /// Columns of one code point; 0 for combining marks and non-printable ones.
    public static func of(_ scalar: Unicode.Scalar) -> Int {
        if scalar.value < 0x7F { return scalar.value >= 0x20 ? 1 : 0 }
        _ = localeIsUTF8
        return max(0, Int(cu_wcwidth(scalar.value)))
    }

    /// Columns of a grapheme cluster: its first code point's width, at least 1 for a visible
    /// base, plus nothing for the combining marks and joiners after it (as terminals draw them).
    public static func of(_ character: Character) -> Int {
        var scalars = character.unicodeScalars.makeIterator()
        guard let first = scalars.next() else { return 0 }
        var width = of(first)
        // An emoji presentation selector (VS16) widens a text-style symbol to two columns.
        while let next = scalars.next() {
            if next.value == 0xFE0F { width = max(width, 2) }
        }
        return width
    }

    /// Columns of a whole string.
    public static func of(_ text: String) -> Int {
        var total = 0
        for character in text { total += of(character) }
        return total
    }

    /// Columns of a string in a substring form.
    public static func of(_ text: Substring) -> Int {
        var total = 0
        for character in text { total += of(character) }
        return total
    }
}
