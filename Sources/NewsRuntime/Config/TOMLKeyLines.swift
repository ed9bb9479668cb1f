/// The line each key of a TOML file is written on, found in the text itself.
///
/// TOMLKit reports no positions for values, yet a message must name the line of the key it is
/// about. This light scanner follows table headers (`[keys.reader]`), dotted keys
/// (`keys.reader.quit = …`) and skips values (strings, arrays and inline tables spanning lines,
/// comments). It runs only on text TOMLKit has already accepted, so it need not judge validity.
struct TOMLKeyLines {
    private var lines: [[String]: Int] = [:]

    public init(_ text: String) {
        var scanner = Scanner(bytes: Array(text.utf8))
        lines = scanner.keyLines()
    }

    /// The line of `path`, or of the nearest enclosing key written in the file (a key inside an
    /// inline table `theme = { title = … }` is on the line of `theme`).
    public func line(of path: [String]) -> Int? {
        var prefix = path
        while !prefix.isEmpty {
            if let line = lines[prefix] { return line }
            prefix.removeLast()
        }
        return nil
    }

    private struct Scanner {
        public let bytes: [UInt8]
        public var index = 0
        public var line = 1

        public init(bytes: [UInt8]) {
            self.bytes = bytes
        }

        private var current: UInt8? { index < bytes.count ? bytes[index] : nil }

        mutating func keyLines() -> [[String]: Int] {
            var found: [[String]: Int] = [:]
            var table: [String] = []
            while let byte = current {
                switch byte {
                case UInt8(ascii: " "), UInt8(ascii: "\t"), UInt8(ascii: "\r"):
                    index += 1
                case UInt8(ascii: "\n"):
                    line += 1
                    index += 1
                case UInt8(ascii: "#"):
                    skipComment()
                case UInt8(ascii: "["):
                    index += 1
                    if current == UInt8(ascii: "[") { index += 1 }
                    table = readKeyPath(until: UInt8(ascii: "]"))
                    if found[table] == nil { found[table] = line }
                    skipToLineEnd()
                default:
                    let startLine = line
                    let path = table + readKeyPath(until: UInt8(ascii: "="))
                    guard current == UInt8(ascii: "=") else { continue }  // Not a key line: TOMLKit judges it.
                    if found[path] == nil { found[path] = startLine }
                    index += 1
                    skipValue()
                }
            }
            return found
        }

        /// Reads `a."b c".d` up to `terminator` (left unread), unquoting each part.
        private mutating func readKeyPath(until terminator: UInt8) -> [String] {
            var parts: [String] = []
            var bare: [UInt8] = []
            func finishBare() {
                if !bare.isEmpty { parts.append(String(decoding: bare, as: UTF8.self)) }
                bare = []
            }
            while let byte = current, byte != terminator, byte != UInt8(ascii: "\n") {
                switch byte {
                case UInt8(ascii: "\""), UInt8(ascii: "'"):
                    finishBare()
                    parts.append(readQuotedKey(quote: byte))
                case UInt8(ascii: "."):
                    finishBare()
                    index += 1
                case UInt8(ascii: " "), UInt8(ascii: "\t"):
                    finishBare()
                    index += 1
                default:
                    bare.append(byte)
                    index += 1
                }
            }
            finishBare()
            return parts
        }

        /// A quoted key's text; escapes in `"…"` keep the escaped character (enough to match
        /// the keys TOMLKit gives, which rarely hold escapes at all).
        private mutating func readQuotedKey(quote: UInt8) -> String {
            index += 1
            var text: [UInt8] = []
            while let byte = current, byte != quote, byte != UInt8(ascii: "\n") {
                if byte == UInt8(ascii: "\\"), quote == UInt8(ascii: "\""), index + 1 < bytes.count {
                    index += 1
                }
                text.append(bytes[index])
                index += 1
            }
            if current == quote { index += 1 }
            return String(decoding: text, as: UTF8.self)
        }

        /// Skips a value up to the end of its line, following brackets and strings across lines.
        private mutating func skipValue() {
            var depth = 0
            while let byte = current {
                switch byte {
                case UInt8(ascii: "\n"):
                    if depth == 0 { return }
                    line += 1
                    index += 1
                case UInt8(ascii: "#"):
                    skipComment()
                case UInt8(ascii: "\""), UInt8(ascii: "'"):
                    skipString(quote: byte)
                case UInt8(ascii: "["), UInt8(ascii: "{"):
                    depth += 1
                    index += 1
                case UInt8(ascii: "]"), UInt8(ascii: "}"):
                    depth = max(0, depth - 1)
                    index += 1
                default:
                    index += 1
                }
            }
        }

        /// Skips `"…"`, `'…'` or their three-quote multi-line forms, counting lines.
        private mutating func skipString(quote: UInt8) {
            let isMultiline = index + 2 < bytes.count && bytes[index + 1] == quote && bytes[index + 2] == quote
            index += isMultiline ? 3 : 1
            while let byte = current {
                if byte == UInt8(ascii: "\\"), quote == UInt8(ascii: "\"") {
                    if index + 1 < bytes.count, bytes[index + 1] == UInt8(ascii: "\n") { line += 1 }
                    index += 2
                    continue
                }
                if byte == UInt8(ascii: "\n") {
                    guard isMultiline else { return }
                    line += 1
                }
                if byte == quote {
                    if !isMultiline {
                        index += 1
                        return
                    }
                    if index + 2 < bytes.count, bytes[index + 1] == quote, bytes[index + 2] == quote {
                        index += 3
                        return
                    }
                }
                index += 1
            }
        }

        private mutating func skipComment() {
            while let byte = current, byte != UInt8(ascii: "\n") { index += 1 }
        }

        private mutating func skipToLineEnd() {
            while let byte = current, byte != UInt8(ascii: "\n") {
                if byte == UInt8(ascii: "#") { return skipComment() }
                index += 1
            }
        }
    }
}
