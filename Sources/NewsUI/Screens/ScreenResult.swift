/// What a closing screen hands to the one beneath it.
enum ScreenResult: Equatable, Sendable {
    /// A facet chosen in a picker, to filter the library by.
    case picked(PickerKind, name: String)
}
