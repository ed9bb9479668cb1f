extension StringProtocol {
    /// The text without leading and trailing white space (newlines and the ideographic space
    /// U+3000 included).
    ///
    /// Foundation's `trimmingCharacters(in:)` bridges through `NSString` on Linux and showed up in
    /// parse profiles; this stays in Swift and allocates nothing.
    public var trimmedWhitespace: SubSequence {
        guard let first = firstIndex(where: { !$0.isWhitespace }),
              let last = lastIndex(where: { !$0.isWhitespace }) else { return self[endIndex...] }
        return self[first...last]
    }
}
