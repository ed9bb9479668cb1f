import Foundation
import Testing

/// Real crashes inside the reader (debug builds' `NEWSREADER_DEBUG_CRASH`) give the terminal back
/// (issue #6 item 4): the alternate screen is left and the cursor shown again.
@Suite("Crashes restore the terminal", .serialized, .enabled(if: TmuxSession.isAvailable, "tmux is not installed"))
struct CrashRestoreTests {
    @Test("a Swift trap, a stack overflow and an unplanned exit each leave the terminal as it was",
          arguments: [("trap", 128 + SIGILL), ("overflow", 128 + SIGSEGV), ("exit", 3)])
    func crashRestoresTerminal(kind: String, status: Int32) throws {
        var environment = try ReaderEnvironment()
        environment.variables["NEWSREADER_DEBUG_CRASH"] = kind
        let session = try environment.startReader()
        defer { session.close() }
        // sh reports a death by signal N as status 128 + N.
        #expect(try session.waitForExitStatus(seconds: 10) == status)
        #expect(try session.value("#{alternate_on}") == "0")
        #expect(try session.value("#{cursor_flag}") == "1")
        // Mouse reporting is off again: clicks in the shell stay clicks.
        #expect(try session.value("#{mouse_any_flag}") == "0")
    }
}
