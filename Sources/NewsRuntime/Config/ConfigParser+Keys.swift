import NewsUI
import TOMLKit

/// `[keys.<screen>]`: `action = ["key", …]` or `action = "key"` per screen.
extension ConfigParser {
    mutating func readKeys(_ value: TOMLValue, at path: [String]) {
        guard let screens = table(value, at: path) else { return }
        for (screenName, screenValue) in zip(screens.keys, screens.values) {
            let screenPath = path + [screenName]
            guard let context = KeyContext(rawValue: screenName) else {
                let known = KeyContext.allCases.map(\.rawValue).joined(separator: ", ")
                fail("unknown screen \"\(screenName)\" (screens: \(known))", at: screenPath)
                continue
            }
            guard let bindings = table(screenValue, at: screenPath) else { continue }
            readBindings(bindings, in: context, at: screenPath)
        }
    }

    /// One screen's bindings; a key claimed by two actions of the same screen is an error, since
    /// only one of them could act.
    private mutating func readBindings(_ bindings: TOMLTable, in context: KeyContext, at path: [String]) {
        let understood = Keymap.actions(understoodIn: context)
        var claimedBy: [KeyEvent: Action] = [:]
        for (actionName, keysValue) in zip(bindings.keys, bindings.values) {
            let actionPath = path + [actionName]
            guard let action = Action(rawValue: actionName) else {
                fail("unknown action \"\(actionName)\" (\(context.rawValue) actions: "
                     + understood.map(\.rawValue).joined(separator: ", ") + ")", at: actionPath)
                continue
            }
            guard understood.contains(action) else {
                fail("the \(context.rawValue) screen has no action \(actionName) (its actions: "
                     + understood.map(\.rawValue).joined(separator: ", ") + ")", at: actionPath)
                continue
            }
            guard let names = keyNames(keysValue, at: actionPath) else { continue }
            var keys: [KeyEvent] = []
            var isValid = true
            for name in names {
                switch KeyName.parse(name) {
                case .failure(let failure):
                    fail(failure.reason, at: actionPath)
                    isValid = false
                case .success(let key):
                    if let other = claimedBy[key], other != action {
                        fail("\"\(name)\" is also bound to \(other.rawValue) on this screen", at: actionPath)
                        isValid = false
                    } else if !keys.contains(key) {
                        keys.append(key)
                        claimedBy[key] = action
                    }
                }
            }
            if isValid { configuration.keyOverrides.append(KeyOverride(context: context, action: action, keys: keys)) }
        }
    }

    /// `"q"` or `["q", "ctrl-c"]`.
    private mutating func keyNames(_ value: TOMLValue, at path: [String]) -> [String]? {
        if value.type == .string, let name = value.string { return [name] }
        return strings(value, at: path, example: "[\"q\", \"ctrl-c\"]")
    }
}
