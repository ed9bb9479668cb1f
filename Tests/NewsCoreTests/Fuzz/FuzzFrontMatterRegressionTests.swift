import Foundation
import Testing
@testable import NewsCore

@Suite("Front matter inputs fuzz-frontmatter found are reported, not fatal")
struct FuzzFrontMatterRegressionTests {
    /// The fuzz-frontmatter wrapping of `input`: byte 0 chose TOML (1 mod 4), the rest is the
    /// content between `+++` lines, followed by a one-paragraph body.
    private func tomlArticle(_ input: Data) throws -> (text: String, article: Article) {
        let mode = try #require(input.first)
        #expect(mode % 4 == 1)
        let text = "+++\n\(String(decoding: input.dropFirst(), as: UTF8.self))\n+++\n\n正文第一段。\n"
        return (text, FuzzFindings.article(Data(text.utf8)))
    }

    /// `a=2025-06-21T:` made toml++ (in TOMLKit) fail an assertion and abort the process: its
    /// date-time parser reads a time after the `T` without checking for a digit.
    @Test("a TOML date-time with no time after its T is a front matter error on its line")
    func dateTimeWithoutTime() throws {
        let (_, article) = try tomlArticle(try FuzzFindings.input("frontmatter-toml-date-time-without-time"))
        let problem = try #require(article.problems.first { $0.severity == .error })
        #expect(problem.line == 2)
        #expect(problem.message.contains("TOML"))
        #expect(article.document.blocks == [.paragraph([.text("正文第一段。")])])
    }

    @Test("every spelling of a date-time without its time is caught, in values and arrays", arguments: [
        "a = 2025-06-21T:", "a = 2025-06-21t", "a = 2025-06-21Tx:00", "a = [2025-06-21T:]",
        "a = [1,\n  2025-06-21T:00]", "a = {b = 2025-06-21T:}",
    ])
    func dateTimeSpellings(toml: String) {
        let result = FrontMatterParser.parse("+++\n\(toml)\n+++\n正文\n")
        #expect(result.diagnostics.map(\.severity) == [.error])
        #expect(result.body == "正文\n")
    }

    @Test("date-times with their time, and keys and strings that look like dates, still read", arguments: [
        "a = 2025-06-21T09:10:04+08:00", "a = 2025-06-21t09:10:04Z", "a = 2025-06-21 09:10:04",
        "2025-06-21t-x = 1", "a = \"2025-06-21T:\"", "a = 1 # 2025-06-21T:", "[2025-06-21t-x]\nb = 1",
    ])
    func validDates(toml: String) {
        let result = FrontMatterParser.parse("+++\n\(toml)\n+++\n正文\n")
        #expect(result.diagnostics.isEmpty, "\(result.diagnostics)")
    }
}
