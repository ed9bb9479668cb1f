import Foundation
import NewsCore

/// The generated library as Atom feeds for newsboat, so both readers hold the same articles:
/// 100 entries per feed (file:// URLs in a urls file), each entry the article's title, date, id
/// and its whole Markdown text as content.
enum NewsboatFeeds {
    static let entriesPerFeed = 100

    /// Writes `feeds/NNNN.atom` and `urls` under `folder`; returns the urls file's path.
    static func write(_ library: GeneratedLibrary, into folder: URL) throws -> String {
        let feeds = folder.appendingPathComponent("feeds")
        try FileManager.default.createDirectory(at: feeds, withIntermediateDirectories: true)
        let articles = library.files.filter { $0.relativePath.hasSuffix(".md") }
        var urls: [String] = []
        for (number, start) in stride(from: 0, to: articles.count, by: entriesPerFeed).enumerated() {
            var xml = "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<feed xmlns=\"http://www.w3.org/2005/Atom\">\n"
            xml += "<title>generated \(number)</title><id>urn:newsreader-bench:\(number)</id><updated>2025-01-01T00:00:00Z</updated>\n"
            for file in articles[start..<min(articles.count, start + entriesPerFeed)] {
                let url = library.root.appendingPathComponent(file.relativePath)
                let data = try Data(contentsOf: url)
                let article = ArticleParser.parse(data: data, path: file.relativePath, id: ArticleID(file.id),
                                                  modificationDate: Date(), parsingCitations: false)
                let updated = ISO8601DateFormatter().string(from: article.date.instant)
                xml += "<entry><title>\(escaped(article.title))</title><id>urn:newsreader-bench:\(escaped(file.id))</id>"
                xml += "<link href=\"file://\(escaped(url.path))\"/><updated>\(updated)</updated>"
                xml += "<content type=\"text\">\(escaped(String(decoding: data, as: UTF8.self)))</content></entry>\n"
            }
            xml += "</feed>\n"
            let feed = feeds.appendingPathComponent(String(format: "%04d.atom", number))
            try Data(xml.utf8).write(to: feed)
            urls.append("file://" + feed.path)
        }
        let urlsFile = folder.appendingPathComponent("urls").path
        try Data((urls.joined(separator: "\n") + "\n").utf8).write(to: URL(fileURLWithPath: urlsFile))
        return urlsFile
    }

    private static func escaped(_ text: String) -> String {
        var result = ""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": result += "&amp;"
            case "<": result += "&lt;"
            case ">": result += "&gt;"
            case "\"": result += "&quot;"
            // XML 1.0 has no place for other C0 controls.
            case _ where scalar.value < 0x20 && scalar != "\n" && scalar != "\t": continue
            default: result.unicodeScalars.append(scalar)
            }
        }
        return result
    }
}
