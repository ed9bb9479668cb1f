import Foundation
import NewsCore

/// What every target does with an input: parse it as one article file, and the checks that
/// apply to any parse.
public enum FuzzInputs {
    /// A fixed modification date, so a run does not depend on the clock.
    private static let fileDate = Date(timeIntervalSince1970: 1_750_000_000)

    /// `data` parsed as the file `fuzz/input.md` (article id `fuzz/input`).
    public static func article(_ data: Data) -> Article {
        ArticleParser.parse(data: data, path: "fuzz/input.md", id: ArticleID("fuzz/input"), modificationDate: fileDate)
    }

    /// `text` as ``ArticleParser`` reads it: without a leading byte order mark, CRLF and lone CR
    /// turned into LF (what its decoding step does before any parser sees the text).
    public static func normalized(_ text: String) -> String {
        var scalars = String.UnicodeScalarView()
        var previousWasCR = false
        for (index, scalar) in text.unicodeScalars.enumerated() {
            defer { previousWasCR = scalar == "\r" }
            if index == 0 && scalar == "\u{FEFF}" { continue }
            if scalar == "\n" && previousWasCR { continue }
            scalars.append(scalar == "\r" ? "\n" : scalar)
        }
        return String(scalars)
    }

    /// Lines of `text` as a problem report counts them (1-based; a final line without `\n`
    /// counts, an empty file has line 1).
    public static func lineCount(_ text: String) -> Int {
        text.utf8.reduce(1) { $1 == UInt8(ascii: "\n") ? $0 + 1 : $0 }
    }

    /// Checks what any parsed article must show a user: a title, and problems that name the
    /// file and, when they name a line, one that exists (`lines` counted in the file's text).
    public static func checkArticle(_ article: Article, lines: Int) {
        fuzzRequire(!article.title.isEmpty, "empty title")
        for problem in article.problems {
            fuzzRequire(problem.path == "fuzz/input.md", "problem names another file: \(problem)")
            fuzzRequire(!problem.message.isEmpty, "problem without a message")
            if let line = problem.line {
                fuzzRequire((1...lines).contains(line), "problem on line \(line) of a \(lines)-line file: \(problem)")
            }
        }
    }

    /// True when `scalar` would start a control sequence or reorder text on a terminal
    /// (C0/C1 controls, DEL, bidi overrides and isolates; issue #6 item 1).
    public static func isUnsafeOnTerminal(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x00...0x1F, 0x7F...0x9F, 0x202A...0x202E, 0x2066...0x2069, 0x200E, 0x200F, 0x061C: return true
        default: return false
        }
    }
}
