import Foundation

/// The `library` setting: a folder, or the name of one of `[libraries]`.
public enum LibraryReference: Equatable, Sendable {
    case folder(URL)
    case named(String)
}
