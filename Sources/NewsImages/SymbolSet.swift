/// Which block symbols a symbols drawing may use; each set includes the ones before it.
/// Quadrants are the default: sextants (Unicode 13) are missing from many terminal fonts.
public enum SymbolSet: String, Sendable, Hashable, CaseIterable {
    case half, quadrant, sextant
}
