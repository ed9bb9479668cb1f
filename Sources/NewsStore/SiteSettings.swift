import Foundation
import NewsCore

/// The Markdown options a library's site asks for, read once per scan from the site's
/// configuration files (see ``SiteMarkdownSettings``). The site root is the library root, or the
/// folder above it when the library is Hugo's `content/` or Hexo's `source/`.
public enum SiteSettings {
    /// The folders a library's site configuration may sit in, nearest the site first.
    private static func siteFolders(libraryRoot: String) -> [URL] {
        let root = URL(fileURLWithPath: libraryRoot).standardizedFileURL
        var sites = [root]
        if ["content", "source"].contains(root.lastPathComponent) { sites.insert(root.deletingLastPathComponent(), at: 0) }
        return sites
    }

    /// True for a Hexo site (its `_config.yml` beside the library or above its `source/`). Hexo
    /// has no page bundles: `zh-cn/index.md` is one page, and the articles below it are pages too.
    public static func isHexoSite(libraryRoot: String) -> Bool {
        siteFolders(libraryRoot: libraryRoot).contains {
            FileManager.default.fileExists(atPath: $0.appendingPathComponent("_config.yml").path)
        }
    }

    public static func markdownOptions(libraryRoot: String) -> MarkdownOptions {
        for site in siteFolders(libraryRoot: libraryRoot) {
            func read(_ name: String) -> String? {
                try? String(contentsOf: site.appendingPathComponent(name), encoding: .utf8)
            }
            if let yaml = read("_config.yml") { return MarkdownOptions(breaks: SiteMarkdownSettings.hexoBreaks(configYAML: yaml)) }
            for name in ["hugo.toml", "config.toml"] {
                if let toml = read(name) { return MarkdownOptions(breaks: SiteMarkdownSettings.hugoHardWraps(configTOML: toml) ?? false) }
            }
            for name in ["hugo.yaml", "config.yaml", "hugo.yml", "config.yml"] {
                if let yaml = read(name) { return MarkdownOptions(breaks: SiteMarkdownSettings.hugoHardWraps(configYAML: yaml) ?? false) }
            }
            if let markup = read("config/_default/markup.toml") {
                return MarkdownOptions(breaks: SiteMarkdownSettings.hugoHardWraps(configTOML: markup, isMarkupFile: true) ?? false)
            }
        }
        return MarkdownOptions()
    }
}
