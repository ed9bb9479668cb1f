import ArgumentParser
import Foundation
import NewsCore
import NewsRuntime
import NewsStore

/// A failure the user must hear about: printed as `newsreader: message` on stderr, exit status 2.
struct CommandFailure: Error, CustomStringConvertible {
    var message: String
    var description: String { message }

    init(_ message: String) {
        self.message = message
    }
}

extension ParsableCommand {
    /// Runs `body`, mapping a ``CommandFailure``, a `LibraryError` or a `ConfigurationError` to a message on stderr and exit status 2, so no
    /// expected failure ever ends in a trap or a usage dump.
    func reportingFailures(_ body: () throws -> Void) throws {
        do {
            try body()
        } catch let failure as CommandFailure {
            writeMessage(failure.message)
            throw ExitCode(2)
        } catch let failure as LibraryError {
            writeMessage(failure.description)
            throw ExitCode(2)
        } catch let failure as ConfigurationError {
            // One `newsreader:` line per error (a message is one line, so joining them would
            // show `␊` between them).
            for message in failure.messages { writeMessage(message) }
            throw ExitCode(2)
        }
    }
}

/// Writes text to standard output without Swift's `print` buffering surprises in pipes.
func writeOutput(_ text: String) {
    FileHandle.standardOutput.write(Data(text.utf8))
}

/// Writes `newsreader: message` on standard error, safe for the terminal.
///
/// Messages quote file names, article names and errors that quote them in turn, so the whole
/// message goes through ``TerminalText``; it is one line, hence a newline in it shows as `␊`.
func writeMessage(_ message: String) {
    let safe = TerminalText.sanitize(message, lineBreaks: .markers)
    FileHandle.standardError.write(Data("newsreader: \(safe)\n".utf8))
}
