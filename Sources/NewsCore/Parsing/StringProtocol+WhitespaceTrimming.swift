extension StringProtocol {
    /// The text without leading and trailing white space (newlines and the ideographic space
    /// U+3000 included).
    ///
    /// Foundation's `trimmingCharacters(in:)` bridges through `NSString` on Linux and showed up in
    /// parse profiles; this stays in Swift and allocates nothing.
    public var trimmedWhitespace: SubSequence {
        if hasNoSurroundingWhitespace { return self[...] }
        guard let first = firstIndex(where: { !$0.isWhitespace }),
              let last = lastIndex(where: { !$0.isWhitespace }) else { return self[endIndex...] }
        return self[first...last]
    }

    /// A shortcut for the common case, without grapheme breaking: true when neither the first nor
    /// the last `Character` can be white space.
    ///
    /// `Character.isWhitespace` looks at a character's first scalar. The first scalar of the text
    /// starts the first character. When the last scalar is a ``StandaloneScalar``, the last
    /// character starts with it, or with a Prepend scalar (UAX #29 GB9b) or an emoji of a ZWJ
    /// sequence (GB11) before it: none of these is white space.
    private var hasNoSurroundingWhitespace: Bool {
        guard let first = unicodeScalars.first, let last = unicodeScalars.last else { return false }
        return !StandaloneScalar.isWhitespace(first)
            && StandaloneScalar.isStandalone(last) && !StandaloneScalar.isWhitespace(last)
    }
}
