/// How many colours the terminal shows (what curses reports as `COLORS`, or none at all:
/// `NO_COLOR`, a monochrome terminal such as `TERM=vt100`, or the `mono` theme).
public enum ColorDepth: Int, Hashable, Sendable {
    case none = 0
    case eight = 8
    case sixteen = 16
    case full = 256

    /// The depth for a terminal reporting `colours` colours.
    public init(colours: Int) {
        switch colours {
        case 256...: self = .full
        case 16...: self = .sixteen
        case 8...: self = .eight
        default: self = .none
        }
    }
}
