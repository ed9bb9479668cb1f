import Foundation
import Testing
@testable import newsreader

/// `JSONOutput.escapingTerminalControls`: what JSONEncoder leaves raw becomes `\uXXXX`.
@Suite("JSON output escapes what JSONEncoder leaves raw")
struct JSONOutputEscapingTests {
    struct Sample: Codable, Equatable {
        var text: String
    }

    /// A character and its escape; named by the escape, so a failure prints no raw control.
    struct Unsafe: CustomTestStringConvertible, Sendable {
        var character: String
        var escape: String
        var testDescription: String { escape }
    }

    static let unsafe: [Unsafe] = [
        ("\u{7F}", "\\u007F"), ("\u{85}", "\\u0085"), ("\u{9B}", "\\u009B"), ("\u{9D}", "\\u009D"),
        ("\u{202E}", "\\u202E"), ("\u{2066}", "\\u2066"), ("\u{200F}", "\\u200F"), ("\u{061C}", "\\u061C"),
        ("\u{2028}", "\\u2028"), ("\u{2029}", "\\u2029"), ("\u{E0080}", "\\uDB40\\uDC80"),
    ].map { Unsafe(character: $0.0, escape: $0.1) }

    @Test("C1, DEL, bidi controls, separators and unassigned points are written as \\u escapes", arguments: unsafe)
    func escapes(unsafe: Unsafe) throws {
        let (character, escape) = (unsafe.character, unsafe.escape)
        let data = try JSONOutput.encode(Sample(text: "前" + character + "后"))
        let text = try #require(String(data: data, encoding: .utf8))
        #expect(text.contains("前" + escape + "后"))
        #expect(!text.unicodeScalars.contains { Array(character.unicodeScalars).contains($0) })
        #expect(try JSONDecoder().decode(Sample.self, from: data) == Sample(text: "前" + character + "后"))
    }

    @Test("C0 controls stay escaped by the encoder, the layout's newlines stay raw")
    func c0AndLayout() throws {
        let data = try JSONOutput.encode([Sample(text: "\u{1B}]0;x\u{07}")])
        let text = try #require(String(data: data, encoding: .utf8))
        #expect(text.contains("\\u001b]0;x\\u0007"))
        #expect(text.hasPrefix("[\n"))
        #expect(try JSONDecoder().decode([Sample].self, from: data) == [Sample(text: "\u{1B}]0;x\u{07}")])
    }

    @Test("Chinese, emoji with joiners and plain ASCII come out byte for byte as the encoder wrote them")
    func leavesOrdinaryTextAlone() throws {
        for text in ["数据中立性，“超级智能”。", "👨\u{200D}👩\u{200D}👧 ❤\u{FE0F}", "plain / ascii \"quoted\""] {
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
            let plain = try encoder.encode(Sample(text: text))
            #expect(JSONOutput.escapingTerminalControls(plain) == plain)
        }
    }
}
