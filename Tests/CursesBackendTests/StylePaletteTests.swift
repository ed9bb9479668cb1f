import CursesBackend
import NewsCore
import NewsUI
import Testing

@Suite("Colours and the monochrome fallback")
struct StylePaletteTests {
    @Test("normal text keeps the terminal's own colours, with or without colour support")
    func normalTextIsUntouched() {
        #expect(StylePalette.appearance(for: .normal, colours: true) == CellAppearance())
        #expect(StylePalette.appearance(for: .normal, colours: false) == CellAppearance())
    }

    @Test("the bars and the selection are in reverse video on any terminal")
    func barsAndSelectionReverse() {
        for colours in [true, false] {
            for role in [StyleRole.bar, .status, .selection] {
                #expect(StylePalette.appearance(for: CellStyle(role), colours: colours).attributes.contains(.reverse), "\(role)")
            }
        }
    }

    @Test("without colours no role asks for an accent colour")
    func monochromeHasNoAccents() {
        for role in StyleRole.allCases {
            for text in [TextStyle(), .marker, .link, .code] {
                #expect(StylePalette.appearance(for: CellStyle(role, text: text), colours: false).accent == nil, "\(role)")
            }
        }
    }

    @Test("without colours, markers, links, matches and errors still stand out")
    func monochromeAccentsBecomeAttributes() {
        #expect(StylePalette.appearance(for: CellStyle(.marker), colours: false).attributes.contains(.bold))
        #expect(StylePalette.appearance(for: CellStyle(.link), colours: false).attributes.contains(.underline))
        #expect(StylePalette.appearance(for: CellStyle(.match), colours: false).attributes == [.bold, .underline])
        #expect(StylePalette.appearance(for: CellStyle(.error), colours: false).attributes.contains(.bold))
    }

    @Test("with colours, tags, topics, markers and matches get their accents")
    func coloursForAccents() {
        #expect(StylePalette.appearance(for: CellStyle(.tag), colours: true).accent == .cyan)
        #expect(StylePalette.appearance(for: CellStyle(.topic), colours: true).accent == .green)
        #expect(StylePalette.appearance(for: CellStyle(.marker), colours: true).accent == .magenta)
        #expect(StylePalette.appearance(for: CellStyle(.match), colours: true).accent == .highlight)
    }

    @Test("the typesetter's bold, italic and underline reach the cell on top of its role")
    func textStyleAttributes() {
        let look = StylePalette.appearance(for: CellStyle(.normal, text: [.bold, .italic, .underline]), colours: true)
        #expect(look.attributes == [.bold, .italic, .underline])
        let selectedBold = StylePalette.appearance(for: CellStyle(.selection, text: .bold), colours: false)
        #expect(selectedBold.attributes == [.reverse, .bold])
    }
}
