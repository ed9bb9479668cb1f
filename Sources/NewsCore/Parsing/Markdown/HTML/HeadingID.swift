import Foundation

/// Heading ids as Hugo makes them, so `[见上文](#安装步骤)` finds its heading.
///
/// Hugo's default (`autoHeadingIDType = "github"`): the heading's text lowercased, letters,
/// digits (CJK included), `-` and `_` kept, each space a `-`, everything else dropped; a
/// repeated id gets `-1`, `-2`, …. An explicit `## Title {#custom}` sets the id itself.
public enum HeadingID {
    public static func slug(_ text: String) -> String {
        var result = ""
        for character in text.lowercased() {
            if character == " " || character == "\t" {
                result.append("-")
            } else if character == "-" || character == "_" || character.isLetter || character.isNumber {
                result.append(character)
            }
        }
        return result
    }

    /// A slug as Hexo writes it: `_` is `-` (`### list_categories` is `#list-categories`). A link
    /// is matched in this form too when no id matches it as written.
    public static func hexoForm(_ slug: String) -> String {
        slug.replacingOccurrences(of: "_", with: "-")
    }

    /// Unique ids for headings in order: the second `概述` is `概述-1`.
    public struct Registry {
        private var used: [String: Int] = [:]

        public init() {}

        public mutating func unique(_ id: String) -> String {
            guard let count = used[id] else {
                used[id] = 0
                return id
            }
            var next = count + 1
            while used["\(id)-\(next)"] != nil { next += 1 }
            used[id] = next
            used["\(id)-\(next)"] = 0
            return "\(id)-\(next)"
        }
    }

    /// A heading's inlines with a trailing `{#id}` taken out and put in front as an anchor.
    static func movingCustomID(_ inlines: [Inline]) -> [Inline] {
        guard case .text(let text)? = inlines.last, text.hasSuffix("}"),
              let open = text.range(of: "{#", options: .backwards) else { return inlines }
        let id = text[open.upperBound..<text.index(before: text.endIndex)]
        guard !id.isEmpty, !id.contains(where: { $0.isWhitespace || $0 == "{" || $0 == "}" }) else { return inlines }
        var result = inlines
        var rest = String(text[..<open.lowerBound])
        while rest.last == " " { rest.removeLast() }
        if rest.isEmpty { result.removeLast() } else { result[result.count - 1] = .text(rest) }
        return [.anchor(id: String(id))] + result
    }
}
