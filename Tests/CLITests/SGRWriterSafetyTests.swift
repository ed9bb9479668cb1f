import NewsCore
import TerminalSeam
import Testing
@testable import newsreader

/// `show`'s last step before standard output: attributes in, nothing else.
@Suite("The SGR writer emits attributes and no other escape")
struct SGRWriterSafetyTests {
    static let hostileLine = StyledLine([
        StyledSpan("标题\u{1B}]0;pwned\u{07}", style: [.bold, .heading]),
        StyledSpan("正文\u{1B}[2J\u{9B}31m\u{202E}"),
        StyledSpan("[1]\u{7F}", style: .marker),
    ])

    @Test("a span that kept its controls is still shown with markers, styled or not", arguments: [false, true])
    func spansAreSanitized(styled: Bool) {
        let text = SGRWriter.line(Self.hostileLine, theme: styled ? .standard : nil)
        let withoutAttributes = text.replacing(/\x{1B}\[[0-9;]*m/, with: "")
        #expect(withoutAttributes == "标题␛]0;pwned␇正文␛[2J\u{FFFD}31m\u{FFFD}[1]␡")
        #expect(!withoutAttributes.unicodeScalars.contains { $0.value < 0x20 || (0x7F...0x9F).contains($0.value) })
    }

    @Test("styled output wraps each styled span in its theme's attributes and a reset")
    func attributesOnly() {
        let text = SGRWriter.line(Self.hostileLine, theme: .standard)
        #expect(text.hasPrefix("\u{1B}[1m标题"))
        #expect(text.contains("\u{1B}[1;35m[1]␡\u{1B}[0m"))
    }
}
