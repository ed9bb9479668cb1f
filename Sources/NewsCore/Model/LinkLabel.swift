/// Matching of link and footnote labels as CommonMark defines it.
public enum LinkLabel {
    /// The key two labels share when they match: trimmed, inner whitespace collapsed to one space,
    /// case folded (CommonMark 0.31, "link label"): `Foo  bar` and `FOO BAR` match, and so do
    /// `ẞ` and `SS`.
    ///
    /// Whitespace here is what the spec names: spaces, tabs and line endings (a full-width space
    /// U+3000 is part of the label). ASCII labels, the usual case, take a byte-level path.
    public static func normalize(_ label: String) -> String {
        if isNormalASCII(label) { return label }
        var bytes: [UInt8] = []
        bytes.reserveCapacity(label.utf8.count)
        var pendingSpace = false
        var isASCII = true
        for byte in label.utf8 {
            switch byte {
            case 0x20, 0x09, 0x0A, 0x0B, 0x0C, 0x0D:
                pendingSpace = !bytes.isEmpty
                continue
            default:
                break
            }
            if pendingSpace {
                bytes.append(0x20)
                pendingSpace = false
            }
            if byte >= 0x80 {
                isASCII = false
                bytes.append(byte)
            } else if byte >= UInt8(ascii: "A"), byte <= UInt8(ascii: "Z") {
                bytes.append(byte | 0x20)
            } else {
                bytes.append(byte)
            }
        }
        let collapsed = String(decoding: bytes, as: UTF8.self)
        if isASCII { return collapsed }
        // Full case folding, approximated with the standard library's full case mappings:
        // lowercasing the uppercase form folds `ß`/`ẞ` to `ss`, `ς` to `σ`, `ﬀ` to `ff`, as
        // Unicode's CaseFolding.txt does.
        return collapsed.lowercased().uppercased().lowercased()
    }

    /// Whether an ASCII label is already its own key (no uppercase, no whitespace), as footnote
    /// labels like `1` or `note` are: then normalizing allocates nothing.
    private static func isNormalASCII(_ label: String) -> Bool {
        for byte in label.utf8 {
            if byte >= 0x80 || byte <= 0x20 || (byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z")) { return false }
        }
        return true
    }
}
