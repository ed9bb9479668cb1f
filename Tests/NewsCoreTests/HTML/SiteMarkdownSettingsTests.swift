import Testing
@testable import NewsCore

@Suite("A site's own configuration says whether line endings are line breaks")
struct SiteMarkdownSettingsTests {
    @Test("Hexo: marked.breaks, on when the site says nothing")
    func hexo() {
        #expect(SiteMarkdownSettings.hexoBreaks(configYAML: "title: 站\n"))
        #expect(!SiteMarkdownSettings.hexoBreaks(configYAML: "marked:\n  gfm: true\n  breaks: false\n"))
        #expect(SiteMarkdownSettings.hexoBreaks(configYAML: "marked:\n  breaks: true\n"))
    }

    @Test("Hugo: markup.goldmark.renderer.hardWraps in the site config or in markup.toml; unset is nil")
    func hugo() {
        #expect(SiteMarkdownSettings.hugoHardWraps(configTOML: "[markup.goldmark.renderer]\nhardWraps = true\n") == true)
        #expect(SiteMarkdownSettings.hugoHardWraps(configTOML: "[goldmark.renderer]\nhardWraps = false\n", isMarkupFile: true) == false)
        #expect(SiteMarkdownSettings.hugoHardWraps(configTOML: "title = \"x\"\n") == nil)
        #expect(SiteMarkdownSettings.hugoHardWraps(configYAML: "markup:\n  goldmark:\n    renderer:\n      hardWraps: true\n") == true)
        #expect(SiteMarkdownSettings.hugoHardWraps(configTOML: "a=2025-06-21T:") == nil, "invalid TOML is no setting, never a crash")
    }
}
