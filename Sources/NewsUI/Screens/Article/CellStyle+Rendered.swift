import NewsCore

/// How the typesetter's styles show on screen: the role decides the colour, the attributes stay.
extension CellStyle {
    public init(rendered style: TextStyle) {
        let role: StyleRole
        if style.contains(.marker) {
            role = .marker
        } else if style.contains(.link) {
            role = .link
        } else if style.contains(.heading) {
            role = .heading
        } else if style.contains(.dim) {
            role = .dim
        } else {
            role = .normal
        }
        self.init(role, text: style)
    }
}
