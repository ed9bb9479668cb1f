import CNcursesw
import CursesBackend
import NewsUI
import Testing

@Suite("Decoding get_wch into keys")
struct KeyDecoderTests {
    private func character(_ value: UInt32) -> KeyDecoder.Decoded {
        KeyDecoder.decode(status: OK, value: value)
    }

    private func functionKey(_ code: Int32) -> KeyDecoder.Decoded {
        KeyDecoder.decode(status: KEY_CODE_YES, value: UInt32(code))
    }

    @Test("Chinese characters from an input method arrive as characters")
    func chineseCharacters() {
        #expect(character(0x4E2D) == .key(.character("中")))
        #expect(character(0x6807) == .key(.character("标")))
        #expect(character(UInt32(UInt8(ascii: "j"))) == .key(.character("j")))
        #expect(character(0x20) == .key(.character(" ")))
    }

    @Test("Enter is CR (nonl) or LF, Tab is 9, Esc is 27")
    func controlCharactersWithNames() {
        #expect(character(13) == .key(.enter))
        #expect(character(10) == .key(.enter))
        #expect(character(9) == .key(.tab))
        #expect(character(27) == .key(.escape))
    }

    @Test("Backspace arrives as DEL, BS or KEY_BACKSPACE")
    func backspaceForms() {
        #expect(character(127) == .key(.backspace))
        #expect(character(8) == .key(.backspace))
        #expect(functionKey(KEY_BACKSPACE) == .key(.backspace))
    }

    @Test("Ctrl with a letter becomes a control key named by its lowercase letter")
    func controlLetters() {
        #expect(character(15) == .key(.control("o")))
        #expect(character(1) == .key(.control("a")))
        #expect(character(26) == .key(.control("z")))
    }

    @Test("arrows, pages, Home, End, Shift-Tab, Del and keypad Enter are decoded")
    func functionKeys() {
        #expect(functionKey(KEY_UP) == .key(.up))
        #expect(functionKey(KEY_DOWN) == .key(.down))
        #expect(functionKey(KEY_LEFT) == .key(.left))
        #expect(functionKey(KEY_RIGHT) == .key(.right))
        #expect(functionKey(KEY_PPAGE) == .key(.pageUp))
        #expect(functionKey(KEY_NPAGE) == .key(.pageDown))
        #expect(functionKey(KEY_HOME) == .key(.home))
        #expect(functionKey(KEY_END) == .key(.end))
        #expect(functionKey(KEY_BTAB) == .key(.backTab))
        #expect(functionKey(KEY_DC) == .key(.delete))
        #expect(functionKey(KEY_ENTER) == .key(.enter))
    }

    @Test("KEY_RESIZE is a resize, not a key")
    func resize() {
        #expect(functionKey(KEY_RESIZE) == .resize)
    }

    @Test("timeouts, unknown function keys and stray controls are ignored")
    func ignored() {
        #expect(KeyDecoder.decode(status: ERR, value: 0) == .ignored)
        #expect(functionKey(KEY_F0 + 5) == .ignored)
        #expect(character(0) == .ignored)
        #expect(character(0x1C) == .ignored)
        #expect(character(0x85) == .ignored)
    }
}
