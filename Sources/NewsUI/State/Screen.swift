/// A screen of the stack: the library is always at the bottom; `q` pops one.
enum Screen: Equatable, Sendable {
    case library
    case reader
    case picker
    case linkList
    case help
    case problems

    /// The keymap context that keys pressed on this screen are looked up in.
    var keyContext: KeyContext {
        switch self {
        case .library: return .library
        case .reader: return .reader
        case .picker: return .picker
        case .linkList: return .linkList
        case .help: return .help
        case .problems: return .problems
        }
    }
}

/// A line for the status bar, shown until the next key.
struct StatusMessage: Equatable, Sendable {
    var text: String
    var isError = false
}
