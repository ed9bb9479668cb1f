/// Which screen a key is pressed on: each has its own bindings, and a configuration file names
/// them in `[keys.<name>]` by these raw values. Each screen type says which one is its own
/// (`Screen.keyContext`); `reader` is the article screen.
public enum KeyContext: String, CaseIterable, Hashable, Sendable {
    case library, reader, picker, linkList, help, problems, outline, image
}
