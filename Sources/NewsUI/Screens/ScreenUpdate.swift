/// What a screen asks for after a key, a click or a message: effects for the runtime, and
/// perhaps a move in the stack.
struct ScreenUpdate: Sendable {
    var effects: [Effect] = []
    var navigation: Navigation?

    static let none = ScreenUpdate()
    /// Closes the screen on top; from the library, quits.
    static let pop = ScreenUpdate(navigation: .pop(nil))

    static func push(_ screen: any Screen) -> ScreenUpdate { ScreenUpdate(navigation: .push(screen)) }
    static func pop(_ result: ScreenResult) -> ScreenUpdate { ScreenUpdate(navigation: .pop(result)) }
    static func effects(_ effects: [Effect]) -> ScreenUpdate { ScreenUpdate(effects: effects) }
}

/// A move in the screen stack.
enum Navigation: Sendable {
    /// Opens a screen over the current one.
    case push(any Screen)
    /// Closes the screen on top (it saves what it keeps, see ``Screen/leave()``), handing the
    /// screen beneath what was chosen, if anything.
    case pop(ScreenResult?)
    /// Closes every screen above the library and opens this one (a newly loaded article). The
    /// closed screens do not save: whoever asked for the new screen already did.
    case replace(any Screen)
}

/// What a closing screen hands to the one beneath it.
enum ScreenResult: Equatable, Sendable {
    /// A facet chosen in a picker, to filter the library by.
    case picked(PickerKind, name: String)
}
