import Foundation
import NewsCore
@testable import NewsRuntime
import Testing

@Suite("Opening URLs")
struct URLOpenerTests {
    @Test("NEWSREADER_OPENER wins over BROWSER, which wins over xdg-open")
    func openerPrecedence() {
        #expect(URLOpener.command(from: ["NEWSREADER_OPENER": "rec", "BROWSER": "firefox"]) == ["rec"])
        #expect(URLOpener.command(from: ["BROWSER": "firefox"]) == ["firefox"])
        #expect(URLOpener.command(from: [:]) == ["xdg-open"])
        #expect(URLOpener.command(from: ["NEWSREADER_OPENER": "  ", "BROWSER": "w3m"]) == ["w3m"])
    }

    @Test("the opener variable is split on whitespace into words, with no shell meaning")
    func openerSplitIntoWords() {
        #expect(URLOpener.command(from: ["BROWSER": " firefox\t--new-tab  "]) == ["firefox", "--new-tab"])
        #expect(URLOpener.command(from: ["BROWSER": "open 'a b'; rm"]) == ["open", "'a", "b';", "rm"])
    }

    @Test("the URL is one argument after the opener's words, query string and fragment intact")
    func urlIsOneArgument() {
        let opener = URLOpener(command: ["firefox", "--new-tab"])
        let url = "https://example.com/a b?x=1&y=中#frag"
        #expect(opener.arguments(for: url) == ["firefox", "--new-tab", url])
    }

    @Test("http, https and mailto URLs may be opened, in any letter case")
    func allowedSchemes() {
        for url in ["http://example.com", "https://example.com/p?q=1#f", "mailto:editor@example.com", "HTTPS://EXAMPLE.COM"] {
            #expect(URLPolicy.refusal(for: url) == nil, "\(url)")
        }
    }

    @Test("other schemes are refused, naming the scheme")
    func otherSchemesRefused() throws {
        let javascript = try #require(URLPolicy.refusal(for: "javascript:alert(1)"))
        #expect(javascript.contains("javascript:"))
        let file = try #require(URLPolicy.refusal(for: "file:///etc/passwd"))
        #expect(file.contains("file:"))
        #expect(URLPolicy.refusal(for: "ftp://example.com/x") != nil)
    }

    @Test("text without a scheme, or starting like an option, is refused")
    func schemelessRefused() {
        #expect(URLPolicy.refusal(for: "example.com/page") != nil)
        #expect(URLPolicy.refusal(for: "-rf:/") != nil)
        #expect(URLPolicy.refusal(for: "/etc/passwd") != nil)
        #expect(URLPolicy.refusal(for: "https://example.com/\u{1B}[2J") != nil)
    }

    @Test("a refused URL never starts the opener")
    func refusedStartsNothing() throws {
        let spawner = ProcessSpawner()
        let opener = URLOpener(command: ["/bin/true"], spawner: spawner)
        guard case .failure(let failure) = opener.open("javascript:alert(1)") else {
            Issue.record("javascript: was opened")
            return
        }
        #expect(failure.reason.contains("javascript:"))
        #expect(spawner.runningCount == 0)
    }

    @Test("the opener runs detached with the URL as one argument, and is reaped")
    func spawnsAndReaps() throws {
        let folder = try TemporaryFolder()
        let script = try RecordingOpener(in: folder)
        let spawner = ProcessSpawner()
        let url = "https://example.com/path?a=1&b=two words#part"
        let opener = URLOpener(command: script.command + ["--flag"], spawner: spawner)
        #expect(try opener.open(url).get() == "/bin/sh \(script.path) --flag")
        let recorded = try Poll.until("the opener recorded its arguments") { script.recordedArguments() }
        #expect(recorded == ["--flag", url])
        _ = try Poll.until("the finished opener is reaped") { () -> Bool? in
            spawner.reap()
            return spawner.runningCount == 0 ? true : nil
        }
    }

    @Test("a missing opener program is reported, not thrown")
    func missingOpenerReported() {
        let opener = URLOpener(command: ["/nonexistent/opener"])
        guard case .failure(let failure) = opener.open("https://example.com") else {
            Issue.record("a missing program was reported as started")
            return
        }
        #expect(failure.reason.contains("/nonexistent/opener"))
    }
}
