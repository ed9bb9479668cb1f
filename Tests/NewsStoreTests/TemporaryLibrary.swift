import Foundation

/// A library folder in a temporary directory, removed when the test is done with it.
final class TemporaryLibrary {
    let root: URL

    init() throws {
        root = FileManager.default.temporaryDirectory
            .appendingPathComponent("newsreader-tests-\(UUID().uuidString)", isDirectory: true)
        try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
    }

    deinit {
        try? FileManager.default.removeItem(at: root)
    }

    /// Writes `text` as UTF-8 at `path` (relative to the root), creating folders.
    @discardableResult
    func write(_ path: String, _ text: String) throws -> URL {
        try write(path, bytes: Data(text.utf8))
    }

    @discardableResult
    func write(_ path: String, bytes: Data) throws -> URL {
        let url = root.appendingPathComponent(path)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try bytes.write(to: url)
        return url
    }

    func symlink(_ path: String, to destination: String) throws {
        try FileManager.default.createSymbolicLink(
            atPath: root.appendingPathComponent(path).path, withDestinationPath: destination)
    }
}

/// A small well-formed article in the library's usual shape.
func sampleArticle(
    title: String, date: String, tags: [String] = [], topics: [String] = [], draft: Bool = false,
    body: String = "正文第一段，引用来源[^1]。\n\n## 引用\n\n[^1]: [来源](https://example.com/a)·示例网（2025/6/24）·检索日期2025/6/25\n"
) -> String {
    func list(_ items: [String]) -> String { "[" + items.map { "\"\($0)\"" }.joined(separator: ", ") + "]" }
    return """
        ---
        title: "\(title)"
        date: \(date)
        draft: \(draft)
        tags: \(list(tags))
        main_topics: \(list(topics))
        ---

        \(body)
        """
}
