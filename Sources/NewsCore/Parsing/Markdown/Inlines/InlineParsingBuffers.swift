/// The working arrays of an inline parse, handed from one block's parse to the next, emptied but
/// with their capacity kept: a document's paragraphs then do not each allocate (and free) them
/// anew. Allocation was about a fifth of parsing an article's body.
struct InlineParsingBuffers {
    var bytes: [UInt8] = []
    var nodes = InlineNodeList()
    var delimiters = DelimiterStack()
    var brackets = BracketStack()

    /// Empties every array, keeping its capacity.
    mutating func removeAll() {
        bytes.removeAll(keepingCapacity: true)
        nodes.removeAll()
        delimiters.removeAll()
        brackets.removeAll()
    }
}

extension InlineParsingSession {
    /// Exchanges the session's node list and stacks with `buffers`' (a swap moves the arrays
    /// without copying them or touching their reference counts): once to start with the arrays
    /// an earlier parse left, once more to leave them for the next.
    mutating func exchangeWorkingArrays(with buffers: inout InlineParsingBuffers) {
        swap(&nodes, &buffers.nodes)
        swap(&delimiters, &buffers.delimiters)
        swap(&brackets, &buffers.brackets)
    }
}
