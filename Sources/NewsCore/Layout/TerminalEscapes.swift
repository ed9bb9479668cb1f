import Foundation

/// The two escape sequences newsreader itself sends on purpose, built byte for byte (xterm's
/// ctlseqs, "Operating System Commands"). Article text never goes into one unchecked: the
/// clipboard payload is base64, and a hyperlink target must be plain printable ASCII.
public enum TerminalEscapes {
    /// OSC 52 "Manipulate Selection Data": asks the terminal to put `text` on the clipboard
    /// (`c`). BEL ends it: every terminal that knows OSC 52 accepts BEL, not all accept ST.
    public static func setClipboard(_ text: String) -> [UInt8] {
        Array("\u{1B}]52;c;".utf8) + Array(Data(text.utf8).base64EncodedString().utf8) + [0x07]
    }

    /// `text` as an OSC 8 hyperlink to `url` (ESC ] 8 ; ; URL ST text ESC ] 8 ; ; ST), or nil
    /// when ``URLPolicy`` refuses `url`: a terminal opens what it is given on a click, so a
    /// `file:` or `javascript:` link, or one holding controls that could end the sequence early,
    /// stays plain text. Bytes outside printable ASCII are percent-encoded, as
    /// the OSC 8 convention asks (URIs of printable ASCII only).
    public static func hyperlink(_ text: String, url: String) -> String? {
        guard URLPolicy.refusal(for: url) == nil else { return nil }
        var target = ""
        for byte in url.utf8 {
            if byte > 0x20 && byte < 0x7F {
                target.unicodeScalars.append(Unicode.Scalar(byte))
            } else {
                target += String(format: "%%%02X", byte)
            }
        }
        return "\u{1B}]8;;\(target)\u{1B}\\\(text)\u{1B}]8;;\u{1B}\\"
    }
}
