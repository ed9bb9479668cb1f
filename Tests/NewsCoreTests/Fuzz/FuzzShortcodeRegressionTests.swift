import Foundation
import Testing
@testable import NewsCore

@Suite("Findings of fuzz-shortcodes")
struct FuzzShortcodeRegressionTests {
    @Test("a code block shortcode that grows into more lines maps every line back in order, problems on real lines")
    func codeBlockGrowsLines() throws {
        let text = String(decoding: try FuzzFindings.input("shortcodes-code-block-grows-lines"), as: UTF8.self)
        let lines = text.utf8.reduce(1) { $0 + ($1 == 0x0A ? 1 : 0) }
        let expansion = ShortcodeExpander.expand(text)
        let expanded = expansion.text.utf8.reduce(1) { $0 + ($1 == 0x0A ? 1 : 0) }
        let mapped = (1...expanded).map(expansion.originalLine)
        #expect(mapped == mapped.sorted(), "lines map back out of order: \(mapped)")
        #expect(mapped.allSatisfy { (1...lines).contains($0) })
        #expect(expansion.diagnostics.allSatisfy { ($0.line ?? 1) <= lines })
    }
}
