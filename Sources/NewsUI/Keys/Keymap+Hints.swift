/// The key hints of the status lines, written from the keymap in force.
extension Keymap {
    /// `? help  q back  …`: the first key of each action in `context`.
    func hints(_ actions: [Action], in context: KeyContext, quitLabel: String = "back") -> String {
        actions.compactMap { action -> String? in
            guard let key = keys(for: action, in: context).first else { return nil }
            return "\(key) \(action == .quit ? quitLabel : action.hint)"
        }.joined(separator: "  ")
    }
}
