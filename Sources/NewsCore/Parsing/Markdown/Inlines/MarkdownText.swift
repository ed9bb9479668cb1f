/// Text-level decoding shared by block and inline parsing.
public enum MarkdownText {
    /// Resolves backslash escapes and entity / numeric character references (`\*`, `&ouml;`, `&#35;`),
    /// as CommonMark does in link destinations, titles and code fence info strings.
    public static func unescape(_ text: String) -> String {
        let bytes = Array(text.utf8)
        return unescape(bytes, from: 0, to: bytes.count)
    }

    /// ``unescape(_:)`` for a slice of UTF-8 bytes, without building an intermediate `String`.
    static func unescape(_ bytes: [UInt8], from start: Int, to end: Int) -> String {
        var needsWork = false
        for index in start..<end where bytes[index] == UInt8(ascii: "\\") || bytes[index] == UInt8(ascii: "&") {
            needsWork = true
            break
        }
        guard needsWork else { return String(decoding: bytes[start..<end], as: UTF8.self) }

        var result: [UInt8] = []
        result.reserveCapacity(end - start)
        var index = start
        while index < end {
            let byte = bytes[index]
            if byte == UInt8(ascii: "\\"), index + 1 < end, UTF8Scalars.isASCIIPunctuation(bytes[index + 1]) {
                result.append(bytes[index + 1])
                index += 2
            } else if byte == UInt8(ascii: "&"), let reference = CharacterReferences.match(bytes, at: index, end: end) {
                result.append(contentsOf: reference.text.utf8)
                index = reference.next
            } else {
                result.append(byte)
                index += 1
            }
        }
        return String(decoding: result, as: UTF8.self)
    }

    /// Resolves only entity and numeric references (autolinks keep their backslashes, §6.5).
    static func decodingReferences(_ bytes: [UInt8], from start: Int, to end: Int) -> String {
        var result: [UInt8] = []
        result.reserveCapacity(end - start)
        var index = start
        while index < end {
            if bytes[index] == UInt8(ascii: "&"), let reference = CharacterReferences.match(bytes, at: index, end: end) {
                result.append(contentsOf: reference.text.utf8)
                index = reference.next
            } else {
                result.append(bytes[index])
                index += 1
            }
        }
        return String(decoding: result, as: UTF8.self)
    }
}
