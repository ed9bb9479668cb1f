/// Why the configuration file could not be used: one message per error, each naming the file
/// (and, for a setting, its line and key). The caller decides how to show them.
public struct ConfigurationError: Error, Equatable, CustomStringConvertible {
    /// Never empty.
    public var messages: [String]

    public init(messages: [String]) {
        self.messages = messages
    }

    public var description: String { messages.joined(separator: "\n") }
}
