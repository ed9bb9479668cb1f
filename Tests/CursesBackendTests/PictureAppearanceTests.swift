import NewsUI
import TerminalSeam
import Testing

@Suite("Picture cells keep their own colours")
struct PictureAppearanceTests {
    private let colors = PictureColors(foreground: 196, background: 21)

    @Test("a picture cell is drawn in its palette colours in every theme, no role's attributes added")
    func ownColours() {
        for theme in [Theme.standard, .light, .mono] {
            let look = theme.appearance(for: CellStyle(.selection, text: .bold, picture: colors), depth: .full)
            #expect(look == CellAppearance(foreground: 196, background: 21), "\(theme.name)")
        }
    }

    @Test("on a terminal without colours a picture cell asks for none")
    func noColours() {
        #expect(Theme.standard.appearance(for: CellStyle(picture: colors), depth: .none) == CellAppearance())
    }

    @Test("the terminal's own colour (-1) passes through for a transparent part")
    func transparent() {
        let look = Theme.standard.appearance(for: CellStyle(picture: PictureColors(foreground: -1, background: -1)), depth: .full)
        #expect(look.foreground == -1 && look.background == -1)
    }
}
