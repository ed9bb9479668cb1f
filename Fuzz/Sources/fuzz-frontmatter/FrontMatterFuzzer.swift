import Foundation
import FuzzDriver
import NewsCore

/// Fuzzes the YAML and TOML front matter readers through ``ArticleParser``.
///
/// The first byte picks the wrapping (YAML between `---`, TOML between `+++`, Hexo style with
/// no opener, or YAML with CRLF line ends); the rest is the front matter's content, followed by
/// a short body. Checks: no crash or hang, a title, problems on lines that exist, a date that is
/// a real instant, names (tags, topics) that are not empty, and the body still read.
@main
struct FrontMatterFuzzer {
    static func main() {
        FuzzDriver.run { bytes, count in
            FrontMatterFuzzer.check(FuzzDriver.data(bytes, count))
            return 0
        }
    }

    static func check(_ input: Data) {
        guard let mode = input.first else { return }
        let content = String(decoding: input.dropFirst(), as: UTF8.self)
        let text: String
        switch mode % 4 {
        case 0: text = "---\n\(content)\n---\n\n正文第一段。\n"
        case 1: text = "+++\n\(content)\n+++\n\n正文第一段。\n"
        case 2: text = "\(content)\n---\n\n正文第一段。\n"
        default: text = "---\r\n\(content.replacingOccurrences(of: "\n", with: "\r\n"))\r\n---\r\n\r\n正文第一段。\r\n"
        }
        let article = FuzzInputs.article(Data(text.utf8))
        guard article.isReadable else { return }  // a NUL byte: binary, reported by TextDecoding
        let normalized = FuzzInputs.normalized(text)
        let lines = FuzzInputs.lineCount(normalized)
        FuzzInputs.checkArticle(article, lines: lines)
        fuzzRequire(article.date.instant.timeIntervalSince1970.isFinite, "date is not an instant")
        fuzzRequire(abs(article.date.utcOffsetSeconds) <= 24 * 3600, "UTC offset \(article.date.utcOffsetSeconds) s")
        for name in article.tags + article.topics {
            fuzzRequire(!name.isEmpty, "an empty tag or topic")
        }
        // Direct use of the splitter: the body starts on a line of the file.
        let split = FrontMatterParser.parse(normalized)
        fuzzRequire(split.bodyStartLine >= 1 && split.bodyStartLine <= lines, "body starts on line \(split.bodyStartLine)")
        fuzzRequire(normalized.utf8.suffix(split.body.utf8.count).elementsEqual(split.body.utf8), "body is not the file's end")
    }
}
