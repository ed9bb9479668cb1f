import Foundation
import Testing
@testable import NewsCore

/// The inputs libFuzzer found (`Fuzz/`, issue #6 item 6), kept byte for byte under
/// `Fixtures/fuzz/` and read the way their fuzz target reads them.
enum FuzzFindings {
    /// The exact bytes of the finding `name` (a minimized `crash-…`/`timeout-…` file).
    static func input(_ name: String) throws -> Data {
        let url = try #require(Bundle.module.url(forResource: name, withExtension: "bin", subdirectory: "Fixtures/fuzz"),
                               "no fixture Fixtures/fuzz/\(name).bin")
        return try Data(contentsOf: url)
    }

    /// A fuzz-layout input: byte 0 is the width (1...200), byte 1 the width after a resize,
    /// the rest the article (invalid UTF-8 repaired, as the target does).
    static func layoutInput(_ name: String) throws -> (width: Int, resized: Int, article: Article) {
        let data = try input(name)
        try #require(data.count >= 2)
        let text = String(decoding: data.dropFirst(2), as: UTF8.self)
        return (1 + Int(data[data.startIndex]) % 200, 1 + Int(data[data.startIndex + 1]) % 200, article(Data(text.utf8)))
    }

    /// `data` parsed as the fuzz targets parse it (the file `fuzz/input.md`).
    static func article(_ data: Data) -> Article {
        _ = Typesetting.localePinned
        return ArticleParser.parse(data: data, path: "fuzz/input.md", id: ArticleID("fuzz/input"),
                                   modificationDate: Date(timeIntervalSince1970: 1_750_000_000))
    }

    /// Lines of `rendered` wider than `width`, with their numbers, for a readable failure.
    static func overflowingLines(_ rendered: RenderedArticle, width: Int) -> [String] {
        rendered.lines.enumerated().compactMap { index, line in
            let columns = DisplayWidth.of(line.text)
            return columns > width ? "line \(index) is \(columns) wide: \(line.text)" : nil
        }
    }
}
