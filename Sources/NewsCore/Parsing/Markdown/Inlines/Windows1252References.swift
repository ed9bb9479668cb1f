/// What a browser shows for a numeric character reference to a C1 control (`&#150;`).
///
/// Old pages, and the CMS exports that real libraries are made from, wrote Windows-1252 byte values
/// as references: `&#150;` meaning an en dash, `&#147;…&#148;` meaning curly quotes. Browsers have
/// always shown them so, and the HTML standard makes it the rule; a reader that decoded them
/// literally would print a control character (shown as `�`) where the site shows a dash.
enum Windows1252References {
    /// The replacements of the HTML Living Standard, §13.2.5.80 "Numeric character reference end
    /// state" (https://html.spec.whatwg.org/multipage/parsing.html): code point → character.
    /// 0x81, 0x8D, 0x8F, 0x90 and 0x9D have none and stay controls.
    private static let replacements: [UInt32: Unicode.Scalar] = [
        0x80: "\u{20AC}", 0x82: "\u{201A}", 0x83: "\u{0192}", 0x84: "\u{201E}", 0x85: "\u{2026}",
        0x86: "\u{2020}", 0x87: "\u{2021}", 0x88: "\u{02C6}", 0x89: "\u{2030}", 0x8A: "\u{0160}",
        0x8B: "\u{2039}", 0x8C: "\u{0152}", 0x8E: "\u{017D}", 0x91: "\u{2018}", 0x92: "\u{2019}",
        0x93: "\u{201C}", 0x94: "\u{201D}", 0x95: "\u{2022}", 0x96: "\u{2013}", 0x97: "\u{2014}",
        0x98: "\u{02DC}", 0x99: "\u{2122}", 0x9A: "\u{0161}", 0x9B: "\u{203A}", 0x9C: "\u{0153}",
        0x9E: "\u{017E}", 0x9F: "\u{0178}",
    ]

    /// The character a browser shows for the reference `&#value;`, when it differs from the code point.
    static func replacement(for value: UInt32) -> Unicode.Scalar? {
        (0x80...0x9F).contains(value) ? replacements[value] : nil
    }
}
