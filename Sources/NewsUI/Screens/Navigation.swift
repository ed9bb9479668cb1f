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
