import Foundation

/// White space in lowered HTML as a browser treats it: runs collapse to one space, and a block's
/// content loses the spaces and line breaks at its ends.
enum HTMLWhitespace {
    /// HTML text collapses white space: every run becomes one space.
    static func collapsing(_ pieces: [HTMLInlinePiece]) -> [HTMLInlinePiece] {
        pieces.map { piece in
            guard case .token(.text(let text)) = piece else { return piece }
            return .token(.text(collapsed(text)))
        }
    }

    static func collapsed(_ text: String) -> String {
        var result = ""
        result.reserveCapacity(text.utf8.count)
        var inSpace = false
        for scalar in text.unicodeScalars {
            if scalar == " " || scalar == "\n" || scalar == "\t" || scalar == "\r" || scalar == "\u{0C}" {
                if !inSpace { result.unicodeScalars.append(" ") }
                inSpace = true
            } else {
                result.unicodeScalars.append(scalar)
                inSpace = false
            }
        }
        return result
    }

    /// Inlines without the spaces and line breaks at their ends.
    static func trimmed(_ inlines: [Inline]) -> [Inline] {
        var result = inlines
        while let first = result.first {
            if case .hardBreak = first { result.removeFirst(); continue }
            if case .softBreak = first { result.removeFirst(); continue }
            if case .text(let text) = first {
                let trimmed = text.drop { $0 == " " }
                if trimmed.isEmpty { result.removeFirst(); continue }
                result[0] = .text(String(trimmed))
            }
            break
        }
        while let last = result.last {
            if case .hardBreak = last { result.removeLast(); continue }
            if case .softBreak = last { result.removeLast(); continue }
            if case .text(let text) = last {
                var trimmed = Substring(text)
                while trimmed.last == " " { trimmed.removeLast() }
                if trimmed.isEmpty { result.removeLast(); continue }
                result[result.count - 1] = .text(String(trimmed))
            }
            break
        }
        return result
    }

    /// An inline that draws nothing: an anchor, a line break, white space.
    static func showsNothing(_ inline: Inline) -> Bool {
        switch inline {
        case .anchor, .softBreak, .hardBreak: return true
        case .text(let text): return text.allSatisfy(\.isWhitespace)
        default: return false
        }
    }
}
