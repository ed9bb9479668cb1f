import TOMLKit
import Yams

/// What a site's own configuration says about reading its Markdown: Hexo's `marked.breaks` in
/// `_config.yml` (hexo-renderer-marked turns it on when the site says nothing), Hugo's
/// `markup.goldmark.renderer.hardWraps` (off unless set). Pure: the caller reads the files.
public enum SiteMarkdownSettings {
    /// Hexo: `marked.breaks`, true when absent (hexo-renderer-marked's default).
    public static func hexoBreaks(configYAML: String) -> Bool {
        guard let root = try? Yams.load(yaml: configYAML) as? [String: Any],
              let marked = root["marked"] as? [String: Any],
              let breaks = marked["breaks"] as? Bool else { return true }
        return breaks
    }

    /// Hugo: `hardWraps` under `markup.goldmark.renderer` of a site config, or under
    /// `goldmark.renderer` of `config/_default/markup.toml` (`isMarkupFile`); nil when unset.
    public static func hugoHardWraps(configTOML: String, isMarkupFile: Bool = false) -> Bool? {
        guard TOMLSafetyCheck.firstUnsafeConstruct(in: configTOML) == nil,
              let table = try? TOMLTable(string: configTOML) else { return nil }
        let path = (isMarkupFile ? [] : ["markup"]) + ["goldmark", "renderer"]
        var current: TOMLTable = table
        for key in path {
            guard let next = current[key]?.table else { return nil }
            current = next
        }
        return current["hardWraps"]?.bool
    }

    /// Hugo's YAML site config (`config.yaml`, `hugo.yaml`): the same setting.
    public static func hugoHardWraps(configYAML: String) -> Bool? {
        guard let root = try? Yams.load(yaml: configYAML) as? [String: Any],
              let markup = root["markup"] as? [String: Any], let goldmark = markup["goldmark"] as? [String: Any],
              let renderer = goldmark["renderer"] as? [String: Any] else { return nil }
        return renderer["hardWraps"] as? Bool
    }
}
