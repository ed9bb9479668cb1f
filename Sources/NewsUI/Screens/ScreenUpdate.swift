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
