/// Routing: keys to the screen on top, the actions every screen shares, moves in the stack, and
/// the marks that effects ask the runtime to save.
extension NewsApp {
    /// The screen on top of the stack, by its key context (what tests and the help name it by).
    var topContext: KeyContext? { stack.last.map { type(of: $0).keyContext } }

    /// A key goes to the screen on top: first to what it is typing, then through the keymap.
    mutating func handleKey(_ key: KeyEvent) -> [Effect] {
        guard !stack.isEmpty else {
            return shared.keymap.action(for: key, in: .library) == .quit ? [.quit] : []
        }
        let top = stack.count - 1
        if let update = stack[top].takeKey(key, shared: &shared) { return apply(update) }
        let screenType = type(of: stack[top])
        guard let action = shared.keymap.action(for: key, in: screenType.keyContext) else { return [] }
        // Actions that mean the same on every screen (`Keymap.actions(understoodIn:)` lists them).
        switch action {
        case .quit: return apply(.pop)
        case .quitNow: return quitEffects()
        case .help: return apply(.push(HelpScreen(for: screenType)))
        case .showProblems: return apply(.push(ProblemsScreen()))
        default: return apply(stack[top].perform(action, shared: &shared))
        }
    }

    /// Performs a screen's request: the move in the stack, then the effects, whose marks the app
    /// keeps in memory too (the runtime saves them).
    mutating func apply(_ update: ScreenUpdate) -> [Effect] {
        var effects = update.effects
        if let navigation = update.navigation { effects += navigate(navigation) }
        if shared.remember(effects) {
            for index in stack.indices { stack[index].marksChanged(shared: shared) }
        }
        return effects
    }

    /// Every open screen saves what it keeps (the place in an article), then the app quits.
    mutating func quitEffects() -> [Effect] {
        apply(ScreenUpdate(effects: stack.flatMap { $0.leave() } + [.quit]))
    }

    /// Gives `msg` to every open screen, the library first.
    mutating func broadcast(_ msg: Msg) {
        for index in stack.indices { stack[index].receive(msg, shared: &shared) }
    }

    private mutating func navigate(_ navigation: Navigation) -> [Effect] {
        switch navigation {
        case .push(let screen):
            stack.append(screen)
            return []
        case .pop(let result):
            // Popping the library quits.
            guard stack.count > 1 else { return [.quit] }
            let effects = stack.removeLast().leave()
            if let result { stack[stack.count - 1].resume(with: result, shared: &shared) }
            return effects
        case .replace(let screen):
            stack.removeSubrange(1...)
            stack.append(screen)
            return []
        }
    }
}
