import Foundation
import NewsCore
@testable import NewsRuntime
import NewsUI
import Testing

@Suite("Configuration precedence and values")
struct ConfigPrecedenceTests {
    static let configured: Configuration = {
        var config = Configuration()
        config.library = .named("work")
        config.libraries = ["work": URL(fileURLWithPath: "/srv/work"), "home": URL(fileURLWithPath: "/home/r/news")]
        return config
    }()

    @Test("the library is --library, then $NEWSREADER_LIBRARY, then the file's library, then the samples")
    func libraryPrecedence() {
        let config = Self.configured
        let environment = ["NEWSREADER_LIBRARY": "/env/lib"]
        #expect(LibrarySelection.folder(flag: "/flag/lib", environment: environment, configuration: config)?.path == "/flag/lib")
        #expect(LibrarySelection.folder(flag: nil, environment: environment, configuration: config)?.path == "/env/lib")
        #expect(LibrarySelection.folder(flag: nil, environment: [:], configuration: config)?.path == "/srv/work")
        #expect(LibrarySelection.folder(flag: nil, environment: ["NEWSREADER_LIBRARY": ""], configuration: config)?.path == "/srv/work")
        #expect(LibrarySelection.folder(flag: nil, environment: [:], configuration: .defaults) == nil)
    }

    @Test("--library NAME picks a named library; a value with / or an unknown name is a path")
    func libraryNames() {
        let libraries = Self.configured.libraries
        #expect(LibrarySelection.resolve("home", libraries: libraries).path == "/home/r/news")
        #expect(LibrarySelection.resolve("./home", libraries: libraries).path.hasSuffix("/home"))
        #expect(LibrarySelection.resolve("./home", libraries: libraries).path != "/home/r/news")
        #expect(LibrarySelection.resolve("elsewhere", libraries: libraries).path.hasSuffix("/elsewhere"))
    }

    @Test("the opener is $NEWSREADER_OPENER, then the file's opener, then $BROWSER, then xdg-open")
    func openerPrecedence() {
        let configured = ["firefox", "--new-tab", "{url}"]
        let both = ["NEWSREADER_OPENER": "recorder --flag", "BROWSER": "lynx"]
        #expect(URLOpener.command(from: both, configured: configured) == ["recorder", "--flag"])
        #expect(URLOpener.command(from: ["BROWSER": "lynx"], configured: configured) == configured)
        #expect(URLOpener.command(from: ["BROWSER": "lynx"], configured: nil) == ["lynx"])
        #expect(URLOpener.command(from: ["NEWSREADER_OPENER": "  "], configured: nil) == ["xdg-open"])
    }

    @Test("{url} puts the URL in place, as one argument; without it the URL is appended")
    func urlPlacement() {
        let url = "https://example.com/a b;$(rm -rf ~)"
        #expect(URLOpener(command: ["firefox", "--new-tab", "{url}"]).arguments(for: url) == ["firefox", "--new-tab", url])
        #expect(URLOpener(command: ["open", "{url}", "--background"]).arguments(for: url) == ["open", url, "--background"])
        #expect(URLOpener(command: ["browser", "--url={url}"]).arguments(for: url) == ["browser", "--url=" + url])
        #expect(URLOpener(command: ["xdg-open"]).arguments(for: url) == ["xdg-open", url])
    }

    @Test("date formats write fixed-width fields in the article's own offset")
    func dateFormats() throws {
        // 2025-06-25T09:10:04+08:00
        let date = ArticleDate(instant: Date(timeIntervalSince1970: 1_750_813_804), utcOffsetSeconds: 8 * 3_600)
        func format(_ pattern: String) throws -> String { try ArticleDateFormat.parse(pattern).get().string(for: date) }
        #expect(ArticleDateFormat.standard.string(for: date) == date.day)
        #expect(try format("%Y-%m-%d %H:%M") == "2025-06-25 09:10")
        #expect(try format("%F %R:%S %z") == "2025-06-25 09:10:04 +0800")
        #expect(try format("%d.%m.%y %:z") == "25.06.25 +08:00")
        #expect(try format("%Y年%m月%d日 100%%") == "2025年06月25日 100%")
    }

    @Test("a date format too wide for a list is refused")
    func wideFormat() {
        guard case .failure(let failure) = ArticleDateFormat.parse("%F %F %F %R") else {
            Issue.record("accepted")
            return
        }
        #expect(failure.reason.contains("32 columns"))
    }

    @Test("the default file parses to the defaults, with every #key line uncommented too")
    func defaultFileIsTheDefaults() {
        let text = DefaultConfigFile.text
        let commented = ConfigParser.parse(text, home: "/h")
        #expect(commented.diagnostics.isEmpty)
        #expect(commented.configuration == .defaults)

        let uncommented = text.split(separator: "\n", omittingEmptySubsequences: false).map { line in
            line.hasPrefix("#") && !line.hasPrefix("# ") && line != "#" ? String(line.dropFirst()) : String(line)
        }.joined(separator: "\n")
        let reading = ConfigParser.parse(uncommented, home: "/h")
        #expect(reading.diagnostics.isEmpty, "\(reading.diagnostics)")
        var settings = reading.configuration
        #expect(!settings.keyOverrides.isEmpty)
        for context in KeyContext.allCases {
            let described = { (map: Keymap) in map.actions(in: context).map { "\($0.action)=\($0.keys)" } }
            #expect(described(settings.keymap) == described(Keymap.standard), "\(context)")
        }
        settings.keyOverrides = []
        #expect(settings == .defaults)
    }

    @Test("the default file lists every setting and every screen's keys")
    func defaultFileIsComplete() {
        let text = DefaultConfigFile.text
        for key in ["library", "opener", "show_drafts", "date_format", "theme", "ambiguous_width", "line_break", "[libraries]", "[theme]"] {
            #expect(text.contains(key), "\(key)")
        }
        for context in KeyContext.allCases {
            #expect(text.contains("#[keys.\(context.rawValue)]"))
        }
    }
}
