/// One key bound to one action.
public struct KeyBinding: Hashable, Sendable {
    public var key: KeyEvent
    public var action: Action

    public init(_ key: KeyEvent, _ action: Action) {
        self.key = key
        self.action = action
    }
}

/// Which action each key means on each screen (newsboat's keymap).
///
/// Bindings keep the order they were made in, so the help screen lists keys as the defaults
/// (or a configuration file) wrote them: `j ↓` rather than a hash order.
public struct Keymap: Equatable, Sendable {
    private var bindings: [KeyContext: [KeyBinding]] = [:]

    /// An empty keymap; ``standard`` has the default bindings.
    public init() {}

    /// The action `key` means in `context`, if any.
    public func action(for key: KeyEvent, in context: KeyContext) -> Action? {
        bindings[context]?.first { $0.key == key }?.action
    }

    /// Binds `key` to `action` in `context`, replacing what the key meant there before.
    public mutating func bind(_ key: KeyEvent, to action: Action, in context: KeyContext) {
        unbind(key, in: context)
        bindings[context, default: []].append(KeyBinding(key, action))
    }

    /// Binds each key to `action` in each of `contexts`.
    public mutating func bind(_ keys: [KeyEvent], to action: Action, in contexts: [KeyContext]) {
        for context in contexts {
            for key in keys { bind(key, to: action, in: context) }
        }
    }

    /// Makes `key` mean nothing in `context`.
    public mutating func unbind(_ key: KeyEvent, in context: KeyContext) {
        bindings[context]?.removeAll { $0.key == key }
    }

    /// The keys bound to `action` in `context`, in binding order.
    public func keys(for action: Action, in context: KeyContext) -> [KeyEvent] {
        (bindings[context] ?? []).filter { $0.action == action }.map(\.key)
    }

    /// Every action bound in `context` with its keys, in the order of ``Action``'s cases.
    public func actions(in context: KeyContext) -> [(action: Action, keys: [KeyEvent])] {
        Action.allCases.compactMap { action in
            let keys = keys(for: action, in: context)
            return keys.isEmpty ? nil : (action, keys)
        }
    }
}
