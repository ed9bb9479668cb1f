import NewsCore
import Testing
@testable import NewsUI

@Suite("Key names of the configuration file")
struct KeyNameTests {
    @Test("single characters are themselves, case-sensitive and in any script")
    func characters() throws {
        #expect(try KeyName.parse("q").get() == .character("q"))
        #expect(try KeyName.parse("G").get() == .character("G"))
        #expect(try KeyName.parse("?").get() == .character("?"))
        #expect(try KeyName.parse("中").get() == .character("中"))
        #expect(try KeyName.parse(" ").get() == .character(" "))
    }

    @Test("named keys ignore case and accept their usual spellings")
    func namedKeys() throws {
        let expected: [(String, KeyEvent)] = [
            ("enter", .enter), ("Enter", .enter), ("return", .enter), ("tab", .tab), ("backtab", .backTab),
            ("Shift-Tab", .backTab), ("esc", .escape), ("escape", .escape), ("backspace", .backspace),
            ("delete", .delete), ("del", .delete), ("space", .character(" ")), ("up", .up), ("down", .down),
            ("left", .left), ("right", .right), ("home", .home), ("end", .end), ("pgup", .pageUp),
            ("PageUp", .pageUp), ("pgdn", .pageDown), ("pagedown", .pageDown),
        ]
        for (name, key) in expected {
            #expect(try KeyName.parse(name).get() == key, "\(name)")
        }
    }

    @Test("ctrl-letter in either case means the control key the backend decodes")
    func controlKeys() throws {
        #expect(try KeyName.parse("ctrl-c").get() == .control("c"))
        #expect(try KeyName.parse("Ctrl-X").get() == .control("x"))
        #expect(try KeyName.parse("C-n").get() == .control("n"))
    }

    @Test("names that could never be pressed or mean nothing are refused with the name")
    func refusals() {
        for name in ["ctlr-c", "ctrl-", "ctrl-1", "ctrl-ab", "f1", "", "qq", "\u{7}", "\u{200B}"] {
            guard case .failure(let failure) = KeyName.parse(name) else {
                Issue.record("\(name.debugDescription) was accepted")
                continue
            }
            #expect(!failure.reason.isEmpty)
        }
        guard case .failure(let failure) = KeyName.parse("ctlr-c") else { return }
        #expect(failure.reason == "unknown key name \"ctlr-c\"")
    }

    @Test("ctrl-i, ctrl-m, ctrl-j and ctrl-h are refused: terminals send them as tab, enter and backspace")
    func indistinguishableControls() {
        for (name, other) in [("ctrl-i", "tab"), ("ctrl-m", "enter"), ("ctrl-j", "enter"), ("ctrl-h", "backspace")] {
            guard case .failure(let failure) = KeyName.parse(name) else {
                Issue.record("\(name) was accepted")
                continue
            }
            #expect(failure.reason.contains("bind \(other)"))
        }
    }

    @Test("every default key has a name that reads back to the same key")
    func roundTrip() throws {
        for context in KeyContext.allCases {
            for (_, keys) in Keymap.standard.actions(in: context) {
                for key in keys {
                    #expect(try KeyName.parse(KeyName.name(of: key)).get() == key, "\(key)")
                }
            }
        }
    }
}

@Suite("Keymap overrides")
struct KeymapOverrideTests {
    @Test("binding an action replaces its default keys on that screen, freeing them")
    func replacesDefaults() {
        let map = Keymap.standard.applying([KeyOverride(context: .reader, action: .quit, keys: [.character("x")])])
        #expect(map.keys(for: .quit, in: .reader) == [.character("x")])
        #expect(map.action(for: .character("q"), in: .reader) == nil)
        // Other screens keep their keys.
        #expect(map.action(for: .character("q"), in: .library) == .quit)
    }

    @Test("a key taken from another action of the screen leaves that action its other keys")
    func takesKeysFromOtherActions() {
        let map = Keymap.standard.applying([KeyOverride(context: .reader, action: .nextArticle, keys: [.character("j")])])
        #expect(map.action(for: .character("j"), in: .reader) == .nextArticle)
        #expect(map.keys(for: .scrollDown, in: .reader) == [.down])
        #expect(map.action(for: .character("J"), in: .reader) == nil)
    }

    @Test("an empty list leaves the action without a key")
    func emptyListUnbinds() {
        let map = Keymap.standard.applying([KeyOverride(context: .library, action: .toggleStar, keys: [])])
        #expect(map.keys(for: .toggleStar, in: .library).isEmpty)
        #expect(map.action(for: .character("s"), in: .library) == nil)
        #expect(map.keys(for: .toggleStar, in: .reader) == [.character("s")])
    }

    @Test("each screen understands its default actions and the common ones, and no others")
    func understoodActions() {
        #expect(Keymap.actions(understoodIn: .reader).contains(.scrollDown))
        #expect(Keymap.actions(understoodIn: .reader).contains(.showProblems))
        #expect(!Keymap.actions(understoodIn: .library).contains(.scrollDown))
        #expect(Keymap.actions(understoodIn: .picker).contains(.quit))
        #expect(!Keymap.actions(understoodIn: .help).contains(.openURL))
    }
}

@Suite("Keymap overrides in the reader")
struct KeymapOverrideUpdateTests {
    /// The reader with `j`/`k` swapped for `n`/`e` (a Colemak-style habit), quit on `x`.
    static func rebound() -> AppDriver {
        var driver = AppDriver.reading()
        driver.app.keymap = Keymap.standard.applying([
            KeyOverride(context: .reader, action: .scrollDown, keys: [.character("e"), .down]),
            KeyOverride(context: .reader, action: .quit, keys: [.character("x")]),
        ])
        return driver
    }

    @Test("a rebound key does its action in update and the freed default does nothing")
    func reboundKeysAct() {
        var driver = Self.rebound()
        driver.press(.character("e"))
        #expect(driver.article?.top == 1)
        driver.press(.character("j"))
        #expect(driver.article?.top == 1)
        driver.press(.character("q"))
        #expect(driver.screen == .reader)
        driver.press(.character("x"))
        #expect(driver.screen == .library)
    }

    @Test("the help screen shows the keys in force, not the defaults")
    func helpShowsNewKeys() {
        var driver = Self.rebound()
        driver.press(.character("?"))
        #expect(driver.screen == .help)
        let text = driver.lines.joined(separator: "\n")
        #expect(text.contains("e ↓ "))
        #expect(!text.contains("j ↓ "))
        let quitLine = driver.opened(HelpScreen.self)?.lines(driver.app.shared).first { $0.contains(Action.quit.summary) }
        #expect(quitLine?.hasPrefix("x ") == true)
    }

    @Test("the status line's key hints follow the new keys")
    func hintsFollow() {
        var driver = AppDriver()
        driver.app.keymap = Keymap.standard.applying([KeyOverride(context: .library, action: .help, keys: [.character("h")])])
        #expect(driver.status.contains("h help"))
        driver.press(.character("h"))
        #expect(driver.screen == .help)
    }

    @Test("a date format changes the dates of the library's list")
    func dateFormatInList() throws {
        var driver = AppDriver()
        let plain = driver.lines.joined(separator: "\n")
        #expect(plain.contains("2025-06-"))
        driver.app.dateFormat = try ArticleDateFormat.parse("%d/%m").get()
        let text = driver.lines.joined(separator: "\n")
        #expect(!text.contains("2025-06-"))
        #expect(text.contains("/06 "))
    }
}
