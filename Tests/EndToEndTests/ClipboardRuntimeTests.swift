import Foundation
import NewsCore
@testable import NewsRuntime
import NewsUI
import TerminalSeam
import Testing

/// `y` through the runtime: the terminal is asked to take the URL, and a URL with hidden
/// characters never reaches it (issue #7, OSC 52).
@Suite("Copying through the runtime")
struct ClipboardRuntimeTests {
    private func run(body: String, keys: [KeyEvent]) -> FakeTerminal {
        let library = FakeLibrary(articles: [makeArticle("a", title: "第一篇", body: body)])
        let terminal = FakeTerminal(script: keys.map { .key($0) })
        let loop = AppRuntime(terminal: terminal, performer: EffectPerformer(library: library, opener: URLOpener(command: ["/bin/true"])))
        loop.start()
        _ = loop.run()
        return terminal
    }

    @Test("Enter, Tab, y: the selected link's URL goes to the terminal's clipboard, and the status line says so")
    func copies() {
        let terminal = run(body: "见[报道](https://example.com/a?x=1#f)。", keys: [.enter, .tab, .character("y")])
        #expect(terminal.clipboard == ["https://example.com/a?x=1#f"])
        #expect(terminal.screen.last?.contains("Copied https://example.com/a?x=1#f") == true)
    }

    @Test("a URL with a bidi override is not copied, and the refusal is shown")
    func refusesHiddenCharacters() {
        let terminal = run(body: "见[报道](https://example.com/\u{202E}gpj.exe)。", keys: [.enter, .tab, .character("y")])
        #expect(terminal.clipboard.isEmpty)
        #expect(terminal.screen.last?.contains("Could not copy") == true)
    }
}
