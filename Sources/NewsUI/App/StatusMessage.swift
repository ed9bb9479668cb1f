/// A line for the status bar, shown until the next key.
struct StatusMessage: Equatable, Sendable {
    var text: String
    var isError = false
}
