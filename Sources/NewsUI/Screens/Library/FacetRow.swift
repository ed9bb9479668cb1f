/// One row of the library's facet pane.
enum FacetRow: Equatable, Sendable {
    case heading(String)
    case starred(count: Int)
    case unread(count: Int)
    case topic(String, count: Int)
    case tag(String, count: Int)

    var isHeading: Bool {
        if case .heading = self { return true }
        return false
    }
}
