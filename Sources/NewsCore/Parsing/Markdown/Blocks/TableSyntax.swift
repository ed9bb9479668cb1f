/// Rows of GFM tables: splitting a line into cells and reading the delimiter row (GFM §4.10).
enum TableSyntax {
    private static let pipe = UInt8(ascii: "|")
    private static let backslash = UInt8(ascii: "\\")

    /// Whether the line has a pipe that is not escaped by a backslash.
    static func hasUnescapedPipe(_ bytes: [UInt8], from start: Int, to end: Int) -> Bool {
        var index = start
        while index < end {
            if bytes[index] == backslash {
                index += 2
                continue
            }
            if bytes[index] == pipe { return true }
            index += 1
        }
        return false
    }

    /// The cells of a row, trimmed, with `\|` turned into `|` (other escapes stay for the inline
    /// parser). A leading and a trailing pipe are optional.
    static func cells(_ bytes: [UInt8], from start: Int, to end: Int) -> [String] {
        var first = start
        var last = end
        while first < last, BlockStartSyntax.isSpaceOrTab(bytes[first]) { first += 1 }
        while last > first, BlockStartSyntax.isSpaceOrTab(bytes[last - 1]) { last -= 1 }
        if first < last, bytes[first] == pipe { first += 1 }
        var cells: [String] = []
        var cell: [UInt8] = []
        var index = first
        var endedOnPipe = false
        while index < last {
            let byte = bytes[index]
            endedOnPipe = false
            if byte == backslash, index + 1 < last {
                if bytes[index + 1] != pipe { cell.append(byte) }
                cell.append(bytes[index + 1])
                index += 2
                continue
            }
            if byte == pipe {
                cells.append(trimmed(cell))
                cell.removeAll(keepingCapacity: true)
                endedOnPipe = true
            } else {
                cell.append(byte)
            }
            index += 1
        }
        if !endedOnPipe || cells.isEmpty { cells.append(trimmed(cell)) }
        return cells
    }

    /// The column alignments of a delimiter row (`| :-- | :-: | --: |`), or nil when the line is not one.
    static func alignments(_ bytes: [UInt8], from start: Int, to end: Int) -> [Table.Alignment]? {
        var result: [Table.Alignment] = []
        for cell in cells(bytes, from: start, to: end) {
            let utf8 = Array(cell.utf8)
            guard !utf8.isEmpty else { return nil }
            let left = utf8.first == UInt8(ascii: ":")
            let right = utf8.count > 1 && utf8.last == UInt8(ascii: ":")
            let dashes = utf8[(left ? 1 : 0)..<(utf8.count - (right ? 1 : 0))]
            guard !dashes.isEmpty, dashes.allSatisfy({ $0 == UInt8(ascii: "-") }) else { return nil }
            switch (left, right) {
            case (true, true): result.append(.center)
            case (true, false): result.append(.left)
            case (false, true): result.append(.right)
            case (false, false): result.append(.none)
            }
        }
        return result
    }

    private static func trimmed(_ cell: [UInt8]) -> String {
        var first = 0
        var last = cell.count
        while first < last, BlockStartSyntax.isSpaceOrTab(cell[first]) { first += 1 }
        while last > first, BlockStartSyntax.isSpaceOrTab(cell[last - 1]) { last -= 1 }
        return String(decoding: cell[first..<last], as: UTF8.self)
    }
}
