/// One screen of the stack: its own state, what it does with a key, a click or a message, and
/// how it draws itself.
///
/// The app routes to the screen on top, lending it the ``SharedState``; what the screen wants
/// done comes back as a ``ScreenUpdate``: effects for the runtime and a move in the stack.
///
/// A new screen is one type conforming to this (in its own folder under `Screens/`, or under
/// `Overlays/` when drawn over another), a ``KeyContext`` case naming its `[keys.<name>]`
/// section, its bindings in `Keymap.standard`, and the `.push` in the screen that opens it.
protocol Screen: Sendable {
    /// The keymap section keys pressed on this screen are looked up in.
    static var keyContext: KeyContext { get }
    /// The screen's name, as the help shows it: `阅读 Reader`.
    static var title: String { get }
    /// What the help says about typing here, which the keymap cannot list.
    static var typingHelp: TypingHelp { get }
    /// True for a box drawn over the screen beneath (the pickers), false for a full screen.
    static var isOverlay: Bool { get }

    /// A key the screen takes before the keymap (text typed into a prompt or a filter); nil
    /// lets the keymap decide.
    mutating func takeKey(_ key: KeyEvent, shared: inout SharedState) -> ScreenUpdate?
    /// What a bound action does here (the app handles the actions every screen shares).
    mutating func perform(_ action: Action, shared: inout SharedState) -> ScreenUpdate
    mutating func handleMouse(_ event: MouseEvent, shared: inout SharedState) -> ScreenUpdate
    /// A message for every open screen: a resize, a reload, a search's or a load's answer.
    mutating func receive(_ msg: Msg, shared: inout SharedState)
    /// What the screen popped from above this one chose (the picked tag).
    mutating func resume(with result: ScreenResult, shared: inout SharedState)
    /// The read marks or stars changed (``SharedState/snapshot`` has the new ones).
    mutating func marksChanged(shared: SharedState)
    /// What must be saved as the screen closes or the app quits (the place in an article).
    func leave() -> [Effect]
    func render(into buffer: inout ScreenBuffer, shared: SharedState)
}

extension Screen {
    static var typingHelp: TypingHelp { TypingHelp() }
    static var isOverlay: Bool { false }

    mutating func takeKey(_ key: KeyEvent, shared: inout SharedState) -> ScreenUpdate? { nil }
    mutating func handleMouse(_ event: MouseEvent, shared: inout SharedState) -> ScreenUpdate { .none }
    mutating func receive(_ msg: Msg, shared: inout SharedState) {}
    mutating func resume(with result: ScreenResult, shared: inout SharedState) {}
    mutating func marksChanged(shared: SharedState) {}
    func leave() -> [Effect] { [] }

    /// A wheel notch as `MouseEvent.wheelStep` times `down` or `up`, when a key on this screen
    /// is bound to it (so the wheel scrolls as the screen's own keys do); a press does nothing.
    mutating func scrollByWheel(_ event: MouseEvent, down: Action, up: Action, shared: inout SharedState) -> ScreenUpdate {
        let action: Action
        switch event.kind {
        case .wheelDown: action = down
        case .wheelUp: action = up
        case .press: return .none
        }
        guard !shared.keymap.keys(for: action, in: Self.keyContext).isEmpty else { return .none }
        var update = ScreenUpdate()
        for _ in 0..<MouseEvent.wheelStep { update.effects += perform(action, shared: &shared).effects }
        return update
    }
}

extension MouseEvent {
    /// Lines or rows one wheel notch moves, as in most terminal programs.
    static let wheelStep = 3
}
