/// Finds code spans (CommonMark 0.31 §6.1) in linear time overall.
///
/// A naive search for the closing backtick run rescans the rest of the text for every unmatched
/// opening run, which is quadratic on inputs like 100,000 lone backticks. Instead the maximal
/// backtick runs are listed once, by length, and each length keeps a cursor that only moves forward
/// (the inline parser meets openers in increasing position).
struct CodeSpanScanner {
    private var runStartsByLength: [Int: [Int]] = [:]
    private var cursorByLength: [Int: Int] = [:]

    /// Lists the backtick runs of `bytes[start..<end]` (runs before the first opener never close).
    init(bytes: [UInt8], from start: Int, end: Int) {
        var index = start
        while index < end {
            guard bytes[index] == UInt8(ascii: "`") else {
                index += 1
                continue
            }
            let start = index
            while index < end, bytes[index] == UInt8(ascii: "`") { index += 1 }
            runStartsByLength[index - start, default: []].append(start)
        }
    }

    /// The start of the first backtick run of exactly `length` that starts at or after `start`.
    mutating func closingRun(length: Int, from start: Int) -> Int? {
        guard let starts = runStartsByLength[length] else { return nil }
        var cursor = cursorByLength[length] ?? 0
        while cursor < starts.count, starts[cursor] < start { cursor += 1 }
        cursorByLength[length] = cursor
        return cursor < starts.count ? starts[cursor] : nil
    }

    /// The content of a code span: line endings become spaces, and one space is stripped from
    /// each side when both sides have one and the content is not all spaces.
    static func content(_ bytes: [UInt8], from start: Int, to end: Int) -> String {
        var content = Array(bytes[start..<end])
        for index in content.indices where content[index] == UInt8(ascii: "\n") {
            content[index] = UInt8(ascii: " ")
        }
        if content.count >= 2, content.first == UInt8(ascii: " "), content.last == UInt8(ascii: " "),
           content.contains(where: { $0 != UInt8(ascii: " ") }) {
            return String(decoding: content[1..<(content.count - 1)], as: UTF8.self)
        }
        return String(decoding: content, as: UTF8.self)
    }
}
