import Foundation
import FuzzDriver
import NewsCore

/// Fuzzes the shortcode reader (issue #14): ``ShortcodeExpander`` on the input as an article
/// body, then the whole body reader. Checks: no crash or hang; every problem names a line the
/// body has; lines map back in order (a later line of the expanded text never comes from an
/// earlier line of the body); the expanded text parses.
@main
struct ShortcodeFuzzer {
    static func main() {
        FuzzDriver.run { bytes, count in
            ShortcodeFuzzer.check(FuzzDriver.data(bytes, count))
            return 0
        }
    }

    static func check(_ input: Data) {
        let text = String(decoding: input, as: UTF8.self)
        let lines = text.utf8.reduce(1) { $0 + ($1 == 0x0A ? 1 : 0) }
        let expansion = ShortcodeExpander.expand(text)
        for diagnostic in expansion.diagnostics {
            if let line = diagnostic.line { fuzzRequire((1...lines).contains(line), "problem on line \(line) of \(lines)") }
        }
        let expandedLines = expansion.text.utf8.reduce(1) { $0 + ($1 == 0x0A ? 1 : 0) }
        var previous = 0
        for line in 1...expandedLines {
            let original = expansion.originalLine(line)
            fuzzRequire(original >= previous, "line \(line) maps back before line \(line - 1)")
            previous = original
        }
        let document = ArticleBodyParser.parse(text)
        for diagnostic in document.diagnostics {
            if let line = diagnostic.line { fuzzRequire(line >= 1, "problem on line \(line)") }
        }
    }
}
