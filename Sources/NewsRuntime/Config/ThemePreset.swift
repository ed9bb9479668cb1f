/// The built-in palettes a `theme = "…"` names (``Theme/named(_:)``).
public enum ThemePreset: String, CaseIterable, Sendable {
    case `default`, light, mono
}
