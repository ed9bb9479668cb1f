import Foundation
@testable import NewsRuntime
import SampleLibrary
import Testing

@Suite("The library's name in the top bar")
struct LibraryDisplayNameTests {
    @Test("the built-in library is named, not shown as its build folder")
    func builtInLibraryIsNamed() throws {
        let sample = try #require(SampleLibrary.url)
        #expect(LibraryDisplayName.of(sample) == "built-in samples")
    }

    @Test("a folder under the home folder is shown with ~, others as their path")
    func homeIsAbbreviated() {
        #expect(LibraryDisplayName.of(URL(fileURLWithPath: "/home/ann/news"), home: "/home/ann") == "~/news")
        #expect(LibraryDisplayName.of(URL(fileURLWithPath: "/srv/news"), home: "/home/ann") == "/srv/news")
        #expect(LibraryDisplayName.of(URL(fileURLWithPath: "/home/annie/news"), home: "/home/ann") == "/home/annie/news")
    }
}
