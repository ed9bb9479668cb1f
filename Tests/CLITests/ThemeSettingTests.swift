@testable import NewsRuntime
import NewsUI
import TerminalSeam
import Testing

/// The `theme` setting becomes the theme the terminal draws with (issue #7).
@Suite("Theme setting")
struct ThemeSettingTests {
    @Test("a preset names a built-in theme; a table overrides the default theme's roles and code")
    func themes() throws {
        #expect(ThemeSetting.preset(.light).theme == .light)
        #expect(ThemeSetting.preset(.mono).theme == .mono)
        let title = try ThemeStyleParser.parse("bold underline color208 on default").get()
        let code = try ThemeStyleParser.parse("bright-green").get()
        let custom = ThemeSetting.custom([.title: title, .code: code]).theme
        #expect(custom.appearance(for: CellStyle(.title), depth: .full)
            == CellAppearance([.bold, .underline], foreground: 208, background: -1))
        #expect(custom.appearance(for: CellStyle(.normal, text: .code), depth: .full).foreground == 10)
        #expect(custom.appearance(for: CellStyle(.normal, text: .code), depth: .eight).foreground == 2)
        #expect(custom.appearance(for: CellStyle(.tag), depth: .full) == Theme.standard.appearance(for: CellStyle(.tag), depth: .full))
    }

    @Test("a role styled with colours alone keeps the default look where there are no colours")
    func colourOnlyStylesStayLegibleInMonochrome() throws {
        let status = try ThemeStyleParser.parse("black on color250").get()
        let theme = ThemeSetting.custom([.status: status, .title: try ThemeStyleParser.parse("underline red").get()]).theme
        #expect(theme.appearance(for: CellStyle(.status), depth: .none).attributes.contains(.reverse))
        #expect(theme.appearance(for: CellStyle(.status), depth: .full) == CellAppearance(foreground: 0, background: 250))
        #expect(theme.appearance(for: CellStyle(.title), depth: .none).attributes == .underline)
    }
}
