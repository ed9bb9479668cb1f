import Foundation
import NewsRuntime
import NewsUI
import Testing

/// README.md describes the configuration file by hand; these keep what it says true.
@Suite("README.md's configuration section matches the program")
struct ReadmeConfigurationTests {
    static func readme() throws -> String {
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
            .appendingPathComponent("../../README.md").standardizedFileURL
        return try String(contentsOf: url, encoding: .utf8)
    }

    @Test("README's copy of the default file is what `config --default` prints (paste it again when this fails)")
    func defaultFileCopy() throws {
        #expect(try Self.readme().contains("```toml\n" + DefaultConfigFile.text + "```\n"))
    }

    @Test("the Keys paragraph names exactly the screens a [keys.<screen>] section may name")
    func keysParagraphNamesEveryScreen() throws {
        let readme = try Self.readme()
        let paragraph = try #require(readme.firstMatch(of: /\*\*Keys\*\*: `\[keys\.<screen>\]` with screens (.*?), and `action/.dotMatchesNewlines()))
        let screens = paragraph.1.matches(of: /`([A-Za-z]+)`/).map { String($0.1) }
        #expect(screens == KeyContext.allCases.map(\.rawValue))
    }
}
