import NewsCore

/// The interactive reader as a value: feed it messages, perform the effects it returns, draw
/// what it renders.
///
/// The runtime's loop is: decode a key → `update(.key(k))` → perform effects (feeding their
/// answers back through `update`) → `render()` → the backend draws the buffer.
public struct ReaderApp: Sendable {
    public private(set) var width: Int
    public private(set) var height: Int
    public private(set) var library: LibrarySnapshot?

    public init(width: Int, height: Int) {
        self.width = width
        self.height = height
    }

    /// Reacts to one message; returns what the runtime must do.
    public mutating func update(_ msg: Msg) -> [Effect] {
        switch msg {
        case .resized(let newWidth, let newHeight):
            width = newWidth
            height = newHeight
        case .libraryLoaded(let snapshot):
            library = snapshot
        case .key(.character("q")):
            return [.quit]
        default:
            break
        }
        return []
    }

    /// Draws the current screen.
    public func render() -> ScreenBuffer {
        var buffer = ScreenBuffer(width: width, height: height)
        buffer.put(library == nil ? "正在载入… Loading" : "\(library!.articles.count) articles", row: 0, column: 0)
        return buffer
    }
}
