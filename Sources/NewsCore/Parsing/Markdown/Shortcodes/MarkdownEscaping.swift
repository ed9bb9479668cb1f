/// Text made safe to put into Markdown that the parser reads afterwards (shortcode replacements).
enum MarkdownEscaping {
    /// `text` with every ASCII punctuation character backslash-escaped and line breaks as spaces,
    /// so it reads back as exactly this text.
    static func text(_ text: String) -> String {
        var result = ""
        result.reserveCapacity(text.utf8.count + 8)
        for scalar in text.unicodeScalars {
            if scalar == "\n" || scalar == "\r" {
                result.unicodeScalars.append(" ")
            } else if scalar.isASCII, UTF8Scalars.isASCIIPunctuation(UInt8(scalar.value)) {
                result.unicodeScalars.append("\\")
                result.unicodeScalars.append(scalar)
            } else {
                result.unicodeScalars.append(scalar)
            }
        }
        return result
    }

    /// Markdown written for one line (a caption) as a paragraph's text: line breaks as spaces,
    /// and a start that would open a block (`# `, `> `, `- `, `1. `, a fence, a rule) escaped.
    static func inline(_ markdown: String) -> String {
        let text = String(String(markdown.map { $0.isNewline ? " " : $0 }).trimmedWhitespace)
        guard let first = text.first else { return text }
        let second = text.dropFirst().first
        let opensBlock: Bool
        switch first {
        case "#", ">": opensBlock = true
        case "`", "~": opensBlock = text.hasPrefix(String(repeating: first, count: 3))
        case "-", "+", "*", "_":
            opensBlock = second.map(\.isWhitespace) ?? true || text.allSatisfy { $0 == first || $0 == " " }
        default:
            // `1. ` and `1) ` open an ordered list: the digits stay, the mark is escaped.
            let digits = text.prefix { $0.isASCII && $0.isNumber }
            let rest = text.dropFirst(digits.count)
            if !digits.isEmpty, let mark = rest.first, mark == "." || mark == ")" {
                return digits + "\\" + rest
            }
            opensBlock = false
        }
        return opensBlock ? "\\" + text : text
    }

    /// HTML as inline Markdown: its tags (`<b>`, `</b>`) and character references stay for the
    /// parser to read as HTML, the rest is escaped as ``text(_:)`` escapes it.
    static func html(_ html: String) -> String {
        var result = ""
        var rest = html[...]
        while let open = rest.firstIndex(of: "<") {
            result += text(String(rest[..<open])).replacingOccurrences(of: "\\&", with: "&")
            let afterOpen = rest.index(after: open)
            if let close = rest[afterOpen...].firstIndex(where: { $0 == ">" || $0 == "<" || $0 == "\n" }), rest[close] == ">",
               let first = rest[afterOpen...].first, first.isLetter || first == "/" {
                result += rest[open...close]
                rest = rest[rest.index(after: close)...]
            } else {
                result += "\\<"
                rest = rest[afterOpen...]
            }
        }
        return result + text(String(rest)).replacingOccurrences(of: "\\&", with: "&")
    }

    /// A link destination in `<…>`, which allows spaces; `<`, `>` and line breaks are
    /// percent-encoded, as a browser would send them.
    static func destination(_ url: String) -> String {
        var result = "<"
        for scalar in url.unicodeScalars {
            switch scalar {
            case "<": result += "%3C"
            case ">": result += "%3E"
            case "\n", "\r": continue
            case "\\": result += "\\\\"
            default: result.unicodeScalars.append(scalar)
            }
        }
        return result + ">"
    }

    /// A code fence's info string: one word without backticks.
    static func infoString(_ language: String) -> String {
        String(language.prefix { !$0.isWhitespace && $0 != "`" && $0 != "~" })
    }
}
