import Foundation

/// One piece of the raw HTML that Markdown lets through: text (entities decoded), a tag, or a
/// comment.
public enum HTMLToken: Equatable, Sendable {
    case text(String)
    /// `<name attr="value">`; names are lowercased, attribute values entity-decoded.
    case startTag(name: String, attributes: [String: String], selfClosing: Bool)
    case endTag(name: String)
    /// `<!-- … -->` (its inside), `<!DOCTYPE …>` and `<? … ?>` too. `terminated` is false when the
    /// comment runs to the end of the input, which then hides everything after `<!--`.
    case comment(String, terminated: Bool)
    /// The inside of `<script>` and `<style>`, which is never markup and never shown.
    case rawText(String)
}

/// A small tolerant HTML tokenizer, written here because no maintained HTML parser for Swift on
/// Linux is among this project's dependencies, and a DOM parser would not fit anyway: Markdown
/// cuts HTML into fragments (an open `<details>` in one block, its `</details>` three blocks later)
/// that must be read one tag at a time.
///
/// It follows the HTML5 tokenizer where articles need it (tags, attributes quoted or not,
/// comments, raw text in `<script>`/`<style>`) and otherwise keeps what it cannot read as text.
/// One forward pass, no recursion: every search for a closing `>`, quote or `-->` that fails is
/// remembered, so the next one from a later position is not run again and hostile input such as
/// thousands of unterminated `<a "` stays linear.
public struct HTMLTokenizer {
    private let bytes: [UInt8]
    private var position = 0
    private var tokens: [HTMLToken] = []
    private var pendingText: [UInt8] = []
    /// Bytes with no occurrence at or after the position of a failed search (`>`, `"`, `'`).
    private var exhausted: Set<UInt8> = []
    /// The last place each searched byte was found: a search from before it finds it again.
    private var found: [UInt8: Int] = [:]
    private var commentsExhausted = false

    public static func tokens(_ html: String) -> [HTMLToken] {
        var tokenizer = HTMLTokenizer(bytes: Array(html.utf8))
        tokenizer.run()
        return tokenizer.tokens
    }

    private init(bytes: [UInt8]) {
        self.bytes = bytes
    }

    private mutating func run() {
        while position < bytes.count {
            let byte = bytes[position]
            if byte == UInt8(ascii: "<"), readMarkup() { continue }
            if byte == UInt8(ascii: "&"), let reference = CharacterReferences.match(bytes, at: position, end: bytes.count) {
                pendingText.append(contentsOf: reference.text.utf8)
                position = reference.next
                continue
            }
            pendingText.append(byte)
            position += 1
        }
        flushText()
    }

    private mutating func flushText() {
        guard !pendingText.isEmpty else { return }
        tokens.append(.text(String(decoding: pendingText, as: UTF8.self)))
        pendingText.removeAll(keepingCapacity: true)
    }

    private mutating func emit(_ token: HTMLToken) {
        flushText()
        tokens.append(token)
    }

    /// Reads the markup starting at `<`; false when it is no markup (the `<` is then text).
    private mutating func readMarkup() -> Bool {
        let next = position + 1
        guard next < bytes.count else { return false }
        switch bytes[next] {
        case UInt8(ascii: "!"):
            if starts(with: "<!--", at: position) { return readComment() }
            return readBogusComment(from: next + 1)
        case UInt8(ascii: "?"):
            return readBogusComment(from: next + 1)
        case UInt8(ascii: "/"):
            guard next + 1 < bytes.count, Self.isLetter(bytes[next + 1]) else { return false }
            guard let close = find(UInt8(ascii: ">"), from: next + 1) else { return false }
            let name = readName(from: next + 1)
            emit(.endTag(name: name.name))
            position = close + 1
            return true
        default:
            guard Self.isLetter(bytes[next]) else { return false }
            return readStartTag()
        }
    }

    private mutating func readComment() -> Bool {
        let start = position + 4
        // `<!-->` and `<!--->` are complete (empty) comments in HTML5.
        if starts(with: ">", at: start) || starts(with: "->", at: start) {
            emit(.comment("", terminated: true))
            position = start + (bytes[start] == UInt8(ascii: ">") ? 1 : 2)
            return true
        }
        var index = start
        if !commentsExhausted {
            while index + 2 < bytes.count {
                if bytes[index] == UInt8(ascii: "-"), bytes[index + 1] == UInt8(ascii: "-"),
                   bytes[index + 2] == UInt8(ascii: ">") {
                    emit(.comment(String(decoding: bytes[start..<index], as: UTF8.self), terminated: true))
                    position = index + 3
                    return true
                }
                index += 1
            }
            commentsExhausted = true
        }
        // A browser hides everything after an unterminated `<!--`.
        emit(.comment(String(decoding: bytes[start...], as: UTF8.self), terminated: false))
        position = bytes.count
        return true
    }

    private mutating func readBogusComment(from start: Int) -> Bool {
        guard let close = find(UInt8(ascii: ">"), from: start) else { return false }
        emit(.comment(String(decoding: bytes[start..<close], as: UTF8.self), terminated: true))
        position = close + 1
        return true
    }

    private mutating func readStartTag() -> Bool {
        guard find(UInt8(ascii: ">"), from: position) != nil else { return false }
        let name = readName(from: position + 1)
        var index = name.end
        var attributes: [String: String] = [:]
        var selfClosing = false
        while true {
            while index < bytes.count, Self.isSpace(bytes[index]) { index += 1 }
            guard index < bytes.count else { return false }
            let byte = bytes[index]
            if byte == UInt8(ascii: ">") { break }
            // A `<` outside quotes ends the attempt: `<a <a <a …` then stays linear.
            if byte == UInt8(ascii: "<") { return false }
            if byte == UInt8(ascii: "/") {
                selfClosing = index + 1 < bytes.count && bytes[index + 1] == UInt8(ascii: ">")
                index += 1
                continue
            }
            var attributeEnd = index
            while attributeEnd < bytes.count, !Self.endsAttributeName(bytes[attributeEnd]) { attributeEnd += 1 }
            if attributeEnd == index { attributeEnd += 1 }  // a stray `=` or quote: skip it
            let attributeName = String(decoding: bytes[index..<attributeEnd], as: UTF8.self).lowercased()
            index = attributeEnd
            while index < bytes.count, Self.isSpace(bytes[index]) { index += 1 }
            var value = ""
            if index < bytes.count, bytes[index] == UInt8(ascii: "=") {
                index += 1
                while index < bytes.count, Self.isSpace(bytes[index]) { index += 1 }
                guard index < bytes.count else { return false }
                let quote = bytes[index]
                if quote == UInt8(ascii: "\"") || quote == UInt8(ascii: "'") {
                    guard let close = find(quote, from: index + 1) else { return false }
                    value = Self.decoded(bytes[(index + 1)..<close])
                    index = close + 1
                } else {
                    let valueStart = index
                    while index < bytes.count, !Self.isSpace(bytes[index]), bytes[index] != UInt8(ascii: ">") { index += 1 }
                    value = Self.decoded(bytes[valueStart..<index])
                }
            }
            if attributes[attributeName] == nil, !attributeName.isEmpty {
                // URL attributes may be surrounded by spaces (HTML: "valid URL potentially surrounded
                // by spaces"); a browser strips them, and so do we.
                let isURL = ["href", "src", "data-src", "data"].contains(attributeName)
                attributes[attributeName] = isURL ? value.trimmingCharacters(in: .whitespacesAndNewlines) : value
            }
        }
        emit(.startTag(name: name.name, attributes: attributes, selfClosing: selfClosing))
        position = index + 1
        if name.name == "script" || name.name == "style" { readRawText(until: name.name) }
        return true
    }

    /// The inside of `<script>`/`<style>` up to its end tag (or the end of the input).
    private mutating func readRawText(until name: String) {
        let closing = Array("</\(name)".utf8)
        var index = position
        while index < bytes.count {
            if bytes[index] == UInt8(ascii: "<"), index + closing.count <= bytes.count,
               zip(closing, bytes[index..<(index + closing.count)]).allSatisfy({ $0 == $1 | ($1 >= 65 && $1 <= 90 ? 0x20 : 0) }) {
                break
            }
            index += 1
        }
        if index > position { emit(.rawText(String(decoding: bytes[position..<index], as: UTF8.self))) }
        position = index
    }

    private func readName(from start: Int) -> (name: String, end: Int) {
        var end = start
        while end < bytes.count, !Self.isSpace(bytes[end]), bytes[end] != UInt8(ascii: ">"), bytes[end] != UInt8(ascii: "/") {
            end += 1
        }
        return (String(decoding: bytes[start..<end], as: UTF8.self).lowercased(), end)
    }

    /// The first `byte` at or after `start`, remembering a failure so it is never searched again.
    private mutating func find(_ byte: UInt8, from start: Int) -> Int? {
        guard !exhausted.contains(byte) else { return nil }
        if let known = found[byte], known >= start { return known }
        var index = start
        while index < bytes.count {
            if bytes[index] == byte {
                found[byte] = index
                return index
            }
            index += 1
        }
        exhausted.insert(byte)
        return nil
    }

    private func starts(with prefix: String, at index: Int) -> Bool {
        let prefix = Array(prefix.utf8)
        guard index + prefix.count <= bytes.count else { return false }
        return bytes[index..<(index + prefix.count)].elementsEqual(prefix)
    }

    private static func decoded(_ slice: ArraySlice<UInt8>) -> String {
        let value = Array(slice)
        guard value.contains(UInt8(ascii: "&")) else { return String(decoding: value, as: UTF8.self) }
        return MarkdownText.decodingReferences(value, from: 0, to: value.count)
    }

    private static func isLetter(_ byte: UInt8) -> Bool {
        (byte | 0x20) >= UInt8(ascii: "a") && (byte | 0x20) <= UInt8(ascii: "z")
    }

    private static func isSpace(_ byte: UInt8) -> Bool {
        byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0C || byte == 0x0D
    }

    private static func endsAttributeName(_ byte: UInt8) -> Bool {
        isSpace(byte) || byte == UInt8(ascii: "=") || byte == UInt8(ascii: ">") || byte == UInt8(ascii: "/")
            || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "'")
    }
}
