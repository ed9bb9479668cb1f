/// A fenced or indented code block; its text is never reflowed.
public struct CodeBlock: Equatable, Sendable {
    /// The info string of a fenced block (`swift`, `json`, …); empty when none.
    public var info: String
    /// The code, each line ending in `\n`.
    public var text: String
    public var isFenced: Bool

    public init(info: String = "", text: String, isFenced: Bool) {
        self.info = info
        self.text = text
        self.isFenced = isFenced
    }
}
