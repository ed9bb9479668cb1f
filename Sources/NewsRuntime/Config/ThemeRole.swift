import NewsUI

/// What a custom theme can style: the roles (title, tag, marker, link, url, selection,
/// status), the other roles the screens draw with, and `code`.
public enum ThemeRole: String, CaseIterable, Hashable, Sendable {
    case title, tag, marker, link, url, selection, status
    case bar, heading, topic, match, dim, error, code

    /// The screen role it styles; nil for `code`, which is text inside the article body.
    var styleRole: StyleRole? { StyleRole(rawValue: rawValue) }
}
