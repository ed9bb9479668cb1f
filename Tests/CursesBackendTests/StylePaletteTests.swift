import CursesBackend
import NewsCore
import NewsUI
import TerminalSeam
import Testing

@Suite("Colours and the monochrome fallback")
struct StylePaletteTests {
    private let standard = Theme.standard

    @Test("normal text keeps the terminal's own colours, with or without colour support")
    func normalTextIsUntouched() {
        #expect(standard.appearance(for: .normal, depth: .full) == CellAppearance())
        #expect(standard.appearance(for: .normal, depth: .none) == CellAppearance())
    }

    @Test("the bars and the selection are in reverse video in every theme, on any terminal")
    func barsAndSelectionReverse() {
        for theme in [Theme.standard, .light, .mono] {
            for depth in [ColorDepth.full, .eight, .none] {
                for role in [StyleRole.bar, .status, .selection] {
                    #expect(theme.appearance(for: CellStyle(role), depth: depth).attributes.contains(.reverse), "\(theme.name) \(role)")
                }
            }
        }
    }

    @Test("without colours, or in the mono theme, no role and no text style asks for a colour")
    func monochromeHasNoColours() {
        for role in StyleRole.allCases {
            for text in [TextStyle(), .marker, .link, .code] {
                #expect(!standard.appearance(for: CellStyle(role, text: text), depth: .none).hasColour, "\(role)")
                #expect(!Theme.mono.appearance(for: CellStyle(role, text: text), depth: .full).hasColour, "\(role)")
            }
        }
    }

    @Test("without colours, markers, links, matches and errors still stand out")
    func monochromeAccentsBecomeAttributes() {
        for (theme, depth) in [(standard, ColorDepth.none), (.mono, .full), (.light, .none)] {
            #expect(theme.appearance(for: CellStyle(.marker), depth: depth).attributes.contains(.bold))
            #expect(theme.appearance(for: CellStyle(.link), depth: depth).attributes.contains(.underline))
            #expect(theme.appearance(for: CellStyle(.match), depth: depth).attributes == [.bold, .underline])
            #expect(theme.appearance(for: CellStyle(.error), depth: depth).attributes.contains(.bold))
        }
    }

    @Test("with colours, tags, topics, markers and matches get their colours; others keep the terminal's background")
    func coloursForAccents() {
        #expect(standard.appearance(for: CellStyle(.tag), depth: .eight).foreground == 6)
        #expect(standard.appearance(for: CellStyle(.topic), depth: .eight).foreground == 2)
        #expect(standard.appearance(for: CellStyle(.marker), depth: .eight).foreground == 5)
        let match = standard.appearance(for: CellStyle(.match), depth: .eight)
        #expect(match.foreground == 0 && match.background == 3)
        #expect(standard.appearance(for: CellStyle(.tag), depth: .eight).background == nil)
    }

    @Test("the light theme's 256-colour accents become the nearest basic colour on an 8-colour terminal")
    func lightThemeOnEightColours() {
        #expect(Theme.light.appearance(for: CellStyle(.tag), depth: .full).foreground == 31)
        #expect(Theme.light.appearance(for: CellStyle(.tag), depth: .eight).foreground == 6)      // #0087af → cyan
        #expect(Theme.light.appearance(for: CellStyle(.marker), depth: .eight).foreground == 5)   // #af00af → magenta
        #expect(Theme.light.appearance(for: CellStyle(.error), depth: .eight).foreground == 1)    // #af0000 → red
        #expect(Theme.light.appearance(for: CellStyle(.match), depth: .eight).background == 3)     // bright yellow → yellow
    }

    @Test("the typesetter's bold, italic and underline reach the cell on top of its role")
    func textStyleAttributes() {
        let look = standard.appearance(for: CellStyle(.normal, text: [.bold, .italic, .underline]), depth: .full)
        #expect(look.attributes == [.bold, .italic, .underline])
        let selectedBold = standard.appearance(for: CellStyle(.selection, text: .bold), depth: .none)
        #expect(selectedBold.attributes == [.reverse, .bold])
    }

    @Test("a theme table replaces the roles it names and keeps the rest")
    func overriding() {
        let custom = Theme.standard.overriding([.title: RoleStyle([.bold, .underline], foreground: .palette(208))])
        #expect(custom.appearance(for: CellStyle(.title), depth: .full) == CellAppearance([.bold, .underline], foreground: 208))
        #expect(custom.appearance(for: CellStyle(.tag), depth: .full) == standard.appearance(for: CellStyle(.tag), depth: .full))
        #expect(Theme.named("light") == .light && Theme.named("mono") == .mono && Theme.named("solarized") == nil)
    }
}
