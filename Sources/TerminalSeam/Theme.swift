import NewsUI

/// A named set of role styles: `default` (accents on the terminal's own background), `light`
/// (darker 256-colour accents for light backgrounds) and `mono` (attributes only).
///
/// Roles not given keep the look of ``standard``. Inline and fenced code take ``code``.
public struct Theme: Hashable, Sendable {
    public var name: String
    public var roles: [StyleRole: RoleStyle]
    public var code: RoleStyle

    public init(name: String, roles: [StyleRole: RoleStyle], code: RoleStyle) {
        self.name = name
        self.roles = roles
        self.code = code
    }

    /// The built-in theme called `name`.
    public static func named(_ name: String) -> Theme? {
        switch name {
        case "default": return .standard
        case "light": return .light
        case "mono": return .mono
        default: return nil
        }
    }

    /// This theme with some roles replaced (a `[theme]` table in the configuration file).
    public func overriding(_ styles: [StyleRole: RoleStyle], code newCode: RoleStyle? = nil, name newName: String = "custom") -> Theme {
        Theme(name: newName, roles: roles.merging(styles) { $1 }, code: newCode ?? code)
    }

    /// The look that has served since the first reader: bars and selection in reverse video, a few
    /// accents that change only the foreground. Yellow and blue foregrounds are avoided (unreadable
    /// on light and on dark backgrounds respectively); the match highlight sets both colours.
    public static let standard = Theme(name: "default", roles: [
        .bar: RoleStyle([.reverse, .bold]),
        .status: RoleStyle(.reverse),
        .selection: RoleStyle(.reverse),
        .title: RoleStyle(.bold),
        .heading: RoleStyle(.bold),
        .tag: RoleStyle(foreground: .cyan),
        .topic: RoleStyle(foreground: .green),
        .marker: RoleStyle(.bold, foreground: .magenta),
        .link: RoleStyle(.underline, foreground: .cyan),
        .url: RoleStyle(.underline),
        .match: RoleStyle(foreground: .black, background: .yellow, monochrome: [.bold, .underline]),
        .dim: RoleStyle(.dim),
        .error: RoleStyle(.bold, foreground: .red),
    ], code: RoleStyle(foreground: .green))

    /// For light backgrounds: darker 256-colour accents (xterm palette numbers), which an
    /// 8-colour terminal shows as the nearest basic colour.
    public static let light = standard.overriding([
        .tag: RoleStyle(foreground: .palette(31)),           // #0087af
        .topic: RoleStyle(foreground: .palette(28)),         // #008700
        .marker: RoleStyle(.bold, foreground: .palette(127)), // #af00af
        .link: RoleStyle(.underline, foreground: .palette(25)), // #005faf
        .error: RoleStyle(.bold, foreground: .palette(124)),  // #af0000
        .match: RoleStyle(foreground: .black, background: .palette(11), monochrome: [.bold, .underline]), // bright yellow
    ], code: RoleStyle(foreground: .palette(94)), name: "light") // #875f00

    /// No colours at all, on any terminal: what `NO_COLOR` gives.
    public static let mono: Theme = {
        var roles = standard.roles
        for (role, style) in roles {
            roles[role] = RoleStyle(style.attributes.union(style.monochromeAttributes))
        }
        return Theme(name: "mono", roles: roles, code: RoleStyle())
    }()
}
