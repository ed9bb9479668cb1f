/// What a closing screen hands to the one beneath it.
enum ScreenResult: Equatable, Sendable {
    /// A facet chosen in a picker, to filter the library by.
    case picked(PickerKind, name: String)
    /// A line of the open article to jump to (a heading chosen in the outline).
    case jumpToLine(Int)
}
