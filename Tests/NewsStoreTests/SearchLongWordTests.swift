import Foundation
import NewsCore
import Testing
@testable import NewsStore

@Suite("Searching for very long words")
struct SearchLongWordTests {
    @Test("a Cyrillic word longer than the index keeps of a word is still found by the whole word")
    func longNonLatinWordIsFound() throws {
        let library = try TemporaryLibrary(), store = try TemporaryStore()
        // One Latin letter, then 42 Cyrillic ones: 85 bytes of UTF-8, so the 64 bytes a token
        // keeps would end inside a Cyrillic letter.
        let word = "x" + String(repeating: "Достопримечательность", count: 2)
        try library.write("ru.md", sampleArticle(title: "Путеводитель", date: "2025-06-01", body: "Слово \(word) здесь.\n"))
        let catalog = try store.open(library)
        #expect(try catalog.search(word).map(\.title) == ["Путеводитель"])
        #expect(try catalog.search(word.uppercased()).map(\.title) == ["Путеводитель"])
    }
}
