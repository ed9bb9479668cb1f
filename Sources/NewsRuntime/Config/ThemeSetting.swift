import NewsUI
import TerminalSeam

/// The `theme` setting: a built-in palette, or styles of the user's own per role.
public enum ThemeSetting: Equatable, Sendable {
    case preset(ThemePreset)
    /// Styles for some roles; a role left out keeps the `default` theme's style.
    case custom([ThemeRole: RoleStyle])

    public static let standard = ThemeSetting.preset(.default)

    /// The theme the terminal draws with.
    public var theme: Theme {
        switch self {
        case .preset(let preset):
            return Theme.named(preset.rawValue) ?? .standard
        case .custom(let styles):
            var roles: [StyleRole: RoleStyle] = [:]
            for (role, style) in styles {
                guard let styleRole = role.styleRole else { continue }
                var style = style
                // A style of colours alone would vanish without colours (NO_COLOR, TERM=vt100):
                // there it keeps the default theme's look for the role.
                if style.attributes.isEmpty, let standard = Theme.standard.roles[styleRole] {
                    style.monochromeAttributes = standard.attributes.union(standard.monochromeAttributes)
                }
                roles[styleRole] = style
            }
            return Theme.standard.overriding(roles, code: styles[.code])
        }
    }
}
