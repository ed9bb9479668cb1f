/// How many columns an East Asian Ambiguous character takes (UAX #11 §5): terminals set for
/// CJK fonts draw them wide.
public enum AmbiguousWidth: Int, CaseIterable, Sendable {
    case narrow = 1
    case wide = 2
}
