import Foundation
import Testing

/// Following links inside the reader, in a real terminal (issue #14): an HTML footnote marker
/// jumps to its note and back; a link to another article of the library opens it and back.
@Suite("Internal links in a real terminal", .serialized, .enabled(if: TmuxSession.isAvailable, "tmux is not installed"))
struct InternalLinkEndToEndTests {
    /// Tests/EndToEndTests/Fixtures/LinkedLibrary: two articles, the first links to the second.
    static var library: String {
        Bundle.module.url(forResource: "Fixtures", withExtension: nil)!.appendingPathComponent("LinkedLibrary").path
    }

    @Test("Tab Enter on an HTML footnote jumps to the note, Backspace returns; Enter on a link opens the other article, Backspace returns")
    func followAndReturn() throws {
        let environment = try ReaderEnvironment()
        let session = try TmuxSession(command: [ReaderEnvironment.binary, "--library", Self.library],
                                      environment: environment.variables, folder: environment.folder)
        defer { session.close() }
        try session.waitFor("甲：链接的起点")
        try session.waitFor("乙：被链接的文章")

        // The newest article is first: open it.
        try session.press("Enter")
        try session.waitFor("起点正文")

        // Tab selects the footnote marker [1]; Enter jumps to the note far below.
        try session.press("Tab")
        try session.press("Enter")
        try session.waitForScreen("the note") { $0.contains("注释正文：来源说明") && !$0.contains("起点正文") }

        // Backspace comes back to the top.
        try session.press("BSpace")
        try session.waitForScreen("the start again") { $0.contains("起点正文") && !$0.contains("注释正文") }

        // Tab again selects the link to the other article; Enter opens it inside the reader.
        try session.press("Tab")
        try session.press("Enter")
        try session.waitForScreen("the other article") { $0.contains("乙的正文在这里") && !$0.contains("起点正文") }

        // Backspace returns to the first article, where reading was.
        try session.press("BSpace")
        try session.waitForScreen("the first article again") { $0.contains("起点正文") && !$0.contains("乙的正文在这里") }

        try session.press("q")
        try session.waitFor("乙：被链接的文章")
        try session.press("q")
        #expect(try session.waitForExitStatus() == 0)
        #expect(environment.opener.recordedArguments() == nil, "no link went to the browser")
    }
}
