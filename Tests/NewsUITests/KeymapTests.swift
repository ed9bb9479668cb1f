import NewsCore
import Testing
@testable import NewsUI

@Suite("Keymap")
struct KeymapTests {
    let keymap = Keymap.standard

    /// The key table, row by row: (context, keys, action).
    static let table: [(KeyContext, [KeyEvent], Action)] = [
        (.library, [.character("?")], .help), (.reader, [.character("?")], .help),
        (.library, [.character("q")], .quit), (.reader, [.character("q")], .quit), (.linkList, [.character("q")], .quit),
        (.library, [.character("j"), .down], .moveDown), (.library, [.character("k"), .up], .moveUp),
        (.library, [.character("g"), .home], .moveToTop), (.library, [.character("G"), .end], .moveToBottom),
        (.library, [.character(" "), .pageDown], .pageDown), (.library, [.pageUp], .pageUp),
        (.library, [.tab, .backTab], .switchPane), (.library, [.enter], .openSelection),
        (.library, [.character("t")], .pickTag), (.library, [.character("T")], .pickTopic),
        (.library, [.character("x"), .escape], .clearFilters), (.library, [.character("/")], .searchLibrary),
        (.reader, [.character("j"), .down], .scrollDown), (.reader, [.character("k"), .up], .scrollUp),
        (.reader, [.character(" "), .pageDown], .scrollPageDown), (.reader, [.character("b"), .pageUp], .scrollPageUp),
        (.reader, [.character("g"), .home], .scrollToTop), (.reader, [.character("G"), .end], .scrollToBottom),
        (.reader, [.tab], .selectNext), (.reader, [.backTab], .selectPrevious),
        (.reader, [.enter], .followSelection), (.reader, [.backspace, .control("o")], .jumpBack),
        (.reader, [.character("o")], .openURL), (.reader, [.character("L")], .showLinks),
        (.linkList, [.character("j")], .moveDown), (.linkList, [.character("k")], .moveUp),
        (.linkList, [.enter, .character("o")], .openURL), (.linkList, [.escape], .cancel),
        (.reader, [.character("/")], .searchArticle), (.reader, [.character("n")], .nextMatch),
        (.reader, [.character("N")], .previousMatch), (.reader, [.character("J")], .nextArticle),
        (.reader, [.character("K")], .previousArticle),
        (.library, [.character("s")], .toggleStar), (.reader, [.character("u")], .toggleRead),
        (.picker, [.enter], .applyPick), (.picker, [.escape], .cancel),
    ]

    @Test("binds every key of the issue's table to its action")
    func bindsTheKeyTable() {
        for (context, keys, action) in Self.table {
            for key in keys {
                #expect(keymap.action(for: key, in: context) == action, "\(key) in \(context)")
            }
        }
    }

    @Test("leaves letters unbound in pickers so they type into the filter")
    func pickersTakeLetters() {
        for letter in "qjkgGtTx?" {
            #expect(keymap.action(for: .character(letter), in: .picker) == nil)
        }
    }

    @Test("rebinding a key replaces its old meaning and shows in help")
    func rebindingShowsInHelp() {
        var app = NewsApp(width: 80, height: 24)
        app.keymap.bind(.control("n"), to: .selectNext, in: .reader)
        #expect(app.keymap.action(for: .control("n"), in: .reader) == .selectNext)
        #expect(app.keymap.keys(for: .selectNext, in: .reader) == [.tab, .control("n")])
        #expect(HelpScreen(for: ArticleScreen.self).lines(app.shared).contains { $0.hasPrefix("Tab Ctrl-N") })
        app.keymap.unbind(.tab, in: .reader)
        #expect(app.keymap.action(for: .tab, in: .reader) == nil)
    }

    @Test("help lists every bound action of the screen with all its keys")
    func helpComesFromTheKeymap() {
        let app = NewsApp(width: 100, height: 40)
        for context in KeyContext.allCases {
            let text = HelpScreen(context: context).lines(app.shared).joined(separator: "\n")
            for (action, keys) in keymap.actions(in: context) {
                let keyText = keys.map(\.description).joined(separator: " ")
                #expect(text.contains(keyText + " "), "\(action) in \(context)")
                #expect(text.contains(action.summary), "\(action) in \(context)")
            }
        }
    }

    @Test("action names are stable strings for a configuration file")
    func actionNamesAreStable() {
        #expect(Action(rawValue: "quit") == .quit)
        #expect(Action(rawValue: "scrollDown") == .scrollDown)
        #expect(Action(rawValue: "followSelection") == .followSelection)
        #expect(Action(rawValue: "jumpBack") == .jumpBack)
        #expect(Set(Action.allCases.map(\.rawValue)).count == Action.allCases.count)
    }
}
