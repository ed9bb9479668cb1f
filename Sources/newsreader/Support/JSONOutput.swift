import Foundation
import NewsCore

/// JSON as the scripting commands print it: pretty, slashes unescaped, keys sorted so output is
/// stable, and not one character a terminal could act on.
enum JSONOutput {
    /// Prints `value` as JSON, with a final newline.
    static func write<Value: Encodable>(_ value: Value) throws {
        FileHandle.standardOutput.write(try encode(value))
    }

    /// The bytes ``write(_:)`` prints.
    static func encode<Value: Encodable>(_ value: Value) throws -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        var data = escapingTerminalControls(try encoder.encode(value))
        data.append(0x0A)
        return data
    }

    /// Rewrites every character ``TerminalText`` counts as unsafe as a `\uXXXX` escape.
    ///
    /// `JSONEncoder` escapes only U+0000–U+001F, as RFC 8259 §7 requires; C1 controls (8-bit CSI
    /// U+009B), DEL and the bidi controls would pass raw to a terminal that shows the output. An
    /// escape decodes to the same string, so a JSON reader sees the data unchanged. Rewriting
    /// the whole document is sound: outside strings JSON holds only ASCII punctuation, letters,
    /// digits and whitespace, and the encoder has already escaped every C0 control inside them,
    /// so the raw C0 characters left (newlines, spaces) are the layout and stay.
    static func escapingTerminalControls(_ json: Data) -> Data {
        // The usual case, plain ASCII without DEL, needs no decoding at all.
        guard json.contains(where: { $0 >= 0x7F }) else { return json }
        let text = String(decoding: json, as: UTF8.self)
        guard text.unicodeScalars.contains(where: needsEscape) else { return json }
        var output = ""
        output.reserveCapacity(text.utf8.count + 64)
        for scalar in text.unicodeScalars {
            guard needsEscape(scalar) else {
                output.unicodeScalars.append(scalar)
                continue
            }
            // Above U+FFFF (an unassigned plane-14 point, say) JSON spells a surrogate pair.
            for unit in String(scalar).utf16 {
                let hex = String(unit, radix: 16, uppercase: true)
                output += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
            }
        }
        return Data(output.utf8)
    }

    private static func needsEscape(_ scalar: Unicode.Scalar) -> Bool {
        scalar.value >= 0x20 && TerminalText.isUnsafe(scalar)
    }
}
