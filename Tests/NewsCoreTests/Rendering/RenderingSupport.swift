import Foundation
import Testing
@testable import NewsCore

/// Articles to render in tests: the fixtures written for these tests and the built-in library.
enum RenderingFixtures {
    /// The fixture articles under `Fixtures/Articles`, by name without extension.
    static let names = ["lead-quote-lists", "tables-code", "english"]

    /// The test sources' folder, for recording golden files and finding the built-in library.
    static let sourceFolder = URL(fileURLWithPath: #filePath).deletingLastPathComponent()

    static func article(_ name: String) throws -> Article {
        _ = Typesetting.localePinned
        let url = try #require(Bundle.module.url(forResource: name, withExtension: "md", subdirectory: "Fixtures/Articles"))
        return parse(try Data(contentsOf: url), name: name)
    }

    static func parse(_ data: Data, name: String) -> Article {
        ArticleParser.parse(data: data, path: name + ".md", id: ArticleID(name), modificationDate: Date(timeIntervalSince1970: 0))
    }

    static func parse(_ text: String, name: String = "inline") -> Article {
        _ = Typesetting.localePinned
        return parse(Data(text.utf8), name: name)
    }

    /// Every article of the built-in library (`Resources/Library`), found from this file's path.
    static func libraryArticles() throws -> [Article] {
        _ = Typesetting.localePinned
        let root = sourceFolder.appendingPathComponent("../../../Resources/Library").standardizedFileURL
        let enumerator = try #require(FileManager.default.enumerator(at: root, includingPropertiesForKeys: nil))
        var articles: [Article] = []
        for case let url as URL in enumerator where url.pathExtension == "md" && url.lastPathComponent != "_index.md" {
            articles.append(parse(try Data(contentsOf: url), name: url.lastPathComponent))
        }
        return articles.sorted { $0.path < $1.path }
    }

    /// Rendered lines as plain text.
    static func text(_ article: Article, width: Int) -> [String] {
        DocumentRenderer(width: width).render(article).plainLines
    }
}

/// Recorded renderings: readable `.txt` files compared line by line, re-recorded when the
/// environment has `NEWSREADER_RECORD=1`.
enum Golden {
    static var isRecording: Bool { ProcessInfo.processInfo.environment["NEWSREADER_RECORD"] == "1" }

    static func check(_ lines: [String], named name: String, sourceLocation: SourceLocation = #_sourceLocation) throws {
        let text = lines.joined(separator: "\n") + "\n"
        if isRecording {
            let folder = RenderingFixtures.sourceFolder.appendingPathComponent("../Fixtures/Golden").standardizedFileURL
            try Data(text.utf8).write(to: folder.appendingPathComponent(name + ".txt"))
            return
        }
        guard let url = Bundle.module.url(forResource: name, withExtension: "txt", subdirectory: "Fixtures/Golden") else {
            Issue.record("no golden file \(name).txt: run with NEWSREADER_RECORD=1 to record it", sourceLocation: sourceLocation)
            return
        }
        let expected = try String(contentsOf: url, encoding: .utf8)
        if expected != text {
            let report = "\(name).txt differs (- recorded, + now):\n" + diff(expected, text)
            Issue.record(Comment(rawValue: report), sourceLocation: sourceLocation)
        }
    }

    /// The differing lines, each with its line number, recorded first.
    static func diff(_ expected: String, _ actual: String) -> String {
        let old = expected.split(separator: "\n", omittingEmptySubsequences: false)
        let new = actual.split(separator: "\n", omittingEmptySubsequences: false)
        var report: [String] = []
        for index in 0..<max(old.count, new.count) {
            let before = index < old.count ? String(old[index]) : nil
            let after = index < new.count ? String(new[index]) : nil
            guard before != after else { continue }
            if let before { report.append("\(index + 1) - \(before)") }
            if let after { report.append("\(index + 1) + \(after)") }
            if report.count > 40 { report.append("…"); break }
        }
        return report.joined(separator: "\n")
    }
}
