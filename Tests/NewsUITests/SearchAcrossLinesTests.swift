import NewsCore
import Testing
@testable import NewsUI

/// `/` in the reader finds a phrase that wrapping split between two lines (Chinese text breaks
/// between any two characters) and marks both parts.
@Suite("In-article search across line breaks")
struct SearchAcrossLinesTests {
    @Test("a phrase cut by a line break is found, counted and highlighted on both lines")
    func phraseAcrossBreak() throws {
        var driver = AppDriver.reading(width: 30, height: 30)
        let reader = try #require(driver.article)
        let rendered = reader.rendered
        // A body line that goes on in the next line of its paragraph, and a phrase across the break.
        let index = try #require(rendered.lineInfo.indices.dropLast().first { index in
            guard case .text(isLast: false) = rendered.lineInfo[index].kind else { return false }
            let text = rendered.lines[index].text
            return index > 5 && text.count > 4 && text.unicodeScalars.last.map { $0.value >= 0x4E00 } == true
        })
        let next = rendered.lines[index + 1].text.dropFirst(rendered.lineInfo[index + 1].prefixCharacters)
        let query = String(rendered.lines[index].text.suffix(2) + next.prefix(2))
        driver.press(.character("/"))
        driver.type(query)
        driver.press(.enter)
        let search = try #require(driver.article?.search)
        let crossing = try #require(search.matches.first { $0.line == index && $0.continuation != nil }, "\(query)")
        let buffer = driver.app.render()
        let top = try #require(driver.article?.top)
        #expect(buffer[crossing.line - top + 1, crossing.columns.lowerBound + 1].style.role == .match)
        #expect(buffer[crossing.line - top + 2, crossing.continuation!.lowerBound + 1].style.role == .match)
    }
}
