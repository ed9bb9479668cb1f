/// One screen's new keys for one action, as a configuration file's `[keys.<screen>]` gives them.
public struct KeyOverride: Equatable, Sendable {
    public var context: KeyContext
    public var action: Action
    /// The action's keys on that screen from now on; empty leaves the action without a key.
    public var keys: [KeyEvent]

    public init(context: KeyContext, action: Action, keys: [KeyEvent]) {
        self.context = context
        self.action = action
        self.keys = keys
    }
}

extension Keymap {
    /// The actions a screen understands: the ones it binds by default, plus the ones every
    /// screen handles (quit, quit at once, help, problems — see `NewsApp.handleKey`).
    ///
    /// A configuration binding any other action there would do nothing, so it is refused.
    public static func actions(understoodIn context: KeyContext) -> [Action] {
        let common: Set<Action> = [.quit, .quitNow, .help, .showProblems]
        let bound = Set(standard.actions(in: context).map(\.action))
        return Action.allCases.filter { bound.contains($0) || common.contains($0) }
    }

    /// This keymap with `overrides` applied in order.
    ///
    /// Each override REPLACES the action's keys on its screen (so `quit = ["x"]` frees `q`
    /// there), and takes each of its keys from whatever other action had it on that screen.
    /// Other screens keep their bindings.
    public func applying(_ overrides: [KeyOverride]) -> Keymap {
        var map = self
        for override in overrides {
            for key in map.keys(for: override.action, in: override.context) {
                map.unbind(key, in: override.context)
            }
            for key in override.keys {
                map.bind(key, to: override.action, in: override.context)
            }
        }
        return map
    }
}
