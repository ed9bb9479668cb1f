import CursesBackend
import NewsCore
import NewsUI
import TerminalSeam
import Testing

/// Each built-in theme drawn on a small screen holding every role, written out as styled text:
/// `{b u fg6:text}` is bold, underlined, foreground 6. A change to a theme shows up here.
@Suite("Themes, rendered")
struct ThemeSnapshotTests {
    /// One labelled line per role, plus code and a marker inside body text.
    private var screen: ScreenBuffer {
        var buffer = ScreenBuffer(width: 24, height: 9)
        buffer.fill(row: 0, style: CellStyle(.bar))
        buffer.put("文库 3篇", row: 0, column: 0, style: CellStyle(.bar))
        buffer.put("标题", row: 1, column: 0, style: CellStyle(.title))
        buffer.put("#芯片", row: 1, column: 6, style: CellStyle(.tag))
        buffer.put("正文", row: 2, column: 0)
        buffer.put("[1]", row: 2, column: 4, style: CellStyle(.normal, text: .marker))
        buffer.put("链接", row: 2, column: 8, style: CellStyle(.normal, text: .link))
        buffer.put("code", row: 3, column: 0, style: CellStyle(.normal, text: .code))
        buffer.put("https://a.cn", row: 4, column: 0, style: CellStyle(.url))
        buffer.put("选中", row: 5, column: 0, style: CellStyle(.selection))
        buffer.put("匹配", row: 6, column: 0, style: CellStyle(.match))
        buffer.put("错误", row: 7, column: 0, style: CellStyle(.error))
        buffer.put("状态", row: 8, column: 0, style: CellStyle(.status))
        return buffer
    }

    private func styled(_ theme: Theme, _ depth: ColorDepth) -> String {
        let buffer = screen
        var lines: [String] = []
        for row in 0..<buffer.height {
            var line = "", run = "", runLook: CellAppearance?
            func flush() {
                guard let look = runLook, !run.isEmpty else { return }
                line += look == CellAppearance() ? run : "{\(describe(look)):\(run)}"
                run = ""
            }
            for column in 0..<buffer.width where !buffer[row, column].isContinuation {
                let cell = buffer[row, column]
                let look = theme.appearance(for: cell.style, depth: depth)
                if look != runLook { flush(); runLook = look }
                run += cell.text
            }
            flush()
            lines.append(String(line.reversed().drop { $0 == " " }.reversed()))
        }
        return lines.joined(separator: "\n")
    }

    private func describe(_ look: CellAppearance) -> String {
        let names: [(CellAppearance.Attributes, String)] = [(.bold, "b"), (.dim, "d"), (.italic, "i"), (.underline, "u"), (.reverse, "r")]
        var words = names.filter { look.attributes.contains($0.0) }.map(\.1)
        if let foreground = look.foreground { words.append("fg\(foreground)") }
        if let background = look.background { words.append("bg\(background)") }
        return words.joined(separator: " ")
    }

    @Test("default theme on a 256-colour terminal")
    func standardTheme() {
        #expect(styled(.standard, .full) == """
            {b r:文库 3篇                }
            {b:标题}  {fg6:#芯片}
            正文{b fg5:[1]} {u fg6:链接}
            {fg2:code}
            {u:https://a.cn}
            {r:选中}
            {fg0 bg3:匹配}
            {b fg1:错误}
            {r:状态}
            """)
    }

    @Test("light theme on a 256-colour terminal, and the same on an 8-colour one")
    func lightTheme() {
        #expect(styled(.light, .full) == """
            {b r:文库 3篇                }
            {b:标题}  {fg31:#芯片}
            正文{b fg127:[1]} {u fg25:链接}
            {fg94:code}
            {u:https://a.cn}
            {r:选中}
            {fg0 bg11:匹配}
            {b fg124:错误}
            {r:状态}
            """)
        #expect(styled(.light, .eight) == """
            {b r:文库 3篇                }
            {b:标题}  {fg6:#芯片}
            正文{b fg5:[1]} {u fg4:链接}
            {fg1:code}
            {u:https://a.cn}
            {r:选中}
            {fg0 bg3:匹配}
            {b fg1:错误}
            {r:状态}
            """)
    }

    @Test("mono theme, and any theme without colours (NO_COLOR, TERM=vt100), use attributes only")
    func monoTheme() {
        let expected = """
            {b r:文库 3篇                }
            {b:标题}  #芯片
            正文{b:[1]} {u:链接}
            code
            {u:https://a.cn}
            {r:选中}
            {b u:匹配}
            {b:错误}
            {r:状态}
            """
        #expect(styled(.mono, .full) == expected)
        #expect(styled(.standard, .none) == expected)
    }
}
