import Foundation

/// Finds a Hugo site's configuration next to a library and reads the taxonomies it declares.
///
/// Looked for, in this order: `hugo.*` or `config.*` (`toml`, `yaml`, `yml`, `json`) in the library
/// folder, then in the site root when the library is (inside) a site's `content/` folder, then in
/// the site root's `config/_default/`. The first file that exists decides; its `[taxonomies]`
/// table (`singular = "plural"`) names the taxonomies. TOML and YAML go through the front matter
/// readers, so a hostile file is as harmless here as in an article.
public enum SiteConfigReader {
    public struct Reading: Equatable, Sendable {
        public var taxonomies: SiteTaxonomies
        /// The configuration file read, relative to nothing (an absolute path); nil when none.
        public var file: String?
        /// Problems with that file (it stays optional: the defaults apply).
        public var problems: [Problem]
    }

    private static let names = ["hugo", "config"]
    private static let extensions = ["toml", "yaml", "yml", "json"]

    public static func read(libraryFolder: URL) -> Reading {
        for folder in candidateFolders(libraryFolder) {
            for name in names {
                for fileExtension in extensions {
                    let file = folder.appendingPathComponent("\(name).\(fileExtension)")
                    guard let data = FileManager.default.contents(atPath: file.path) else { continue }
                    return read(data, path: file.path, fileExtension: fileExtension)
                }
            }
        }
        return Reading(taxonomies: .default, file: nil, problems: [])
    }

    /// The folders to look in: the library, then the site root above `content/` and its
    /// `config/_default/`.
    static func candidateFolders(_ library: URL) -> [URL] {
        var folders = [library]
        var folder = library.standardizedFileURL
        while folder.pathComponents.count > 1 {
            if folder.lastPathComponent == "content" {
                let root = folder.deletingLastPathComponent()
                folders += [root, root.appendingPathComponent("config/_default")]
                break
            }
            folder = folder.deletingLastPathComponent()
        }
        if folders.count == 1 { folders.append(library.appendingPathComponent("config/_default")) }
        return folders
    }

    static func read(_ data: Data, path: String, fileExtension: String) -> Reading {
        guard let text = String(data: data, encoding: .utf8) else {
            return Reading(taxonomies: .default, file: path,
                           problems: [Problem(path: path, severity: .warning, message: "not UTF-8; its taxonomies were not read")])
        }
        let table: FrontMatterValue?
        var problems: [Problem] = []
        switch fileExtension {
        case "json":
            let object = try? JSONSerialization.jsonObject(with: Data(text.utf8))
            guard let root = object as? [String: Any] else {
                return Reading(taxonomies: .default, file: path,
                               problems: [Problem(path: path, severity: .warning, message: "invalid JSON; its taxonomies were not read")])
            }
            let entry = root.first { $0.key.lowercased() == "taxonomies" }?.value as? [String: Any]
            table = entry.map { .table($0.compactMapValues { ($0 as? String).map(FrontMatterValue.string) }) }
        default:
            let reading = fileExtension == "toml"
                ? TOMLFrontMatterReader.read(text, firstLine: 1)
                : YAMLFrontMatterReader.read(text, firstLine: 1)
            problems = reading.diagnostics.map {
                Problem(path: path, line: $0.line, severity: .warning, message: $0.message + "; the site's taxonomies may be incomplete")
            }
            table = reading.fields.first { $0.key.lowercased() == "taxonomies" }?.value
        }
        guard case .table(let declared)? = table else {
            return Reading(taxonomies: .default, file: path, problems: problems)
        }
        let plurals = declared.values.compactMap { value -> String? in
            if case .string(let plural) = value { return plural }
            return nil
        }
        return Reading(taxonomies: SiteTaxonomies(declared: plurals), file: path, problems: problems)
    }
}
