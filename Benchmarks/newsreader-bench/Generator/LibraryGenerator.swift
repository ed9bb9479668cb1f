import Foundation

/// One file written by the generator.
struct GeneratedFile {
    /// Path relative to the library root, `/`-separated.
    var relativePath: String
    /// The article id FORMAT.md derives from the path (bundle folder, or path without extension).
    var id: String
    var byteCount: Int
}

/// What `LibraryGenerator` wrote.
struct GeneratedLibrary {
    var root: URL
    /// Article files (`*.md`, bundles' `index.md`) and malformed files, in generation order.
    var files: [GeneratedFile]
    var articleCount: Int
    var malformedCount: Int
    var bundleCount: Int

    var totalBytes: Int { files.reduce(0) { $0 + $1.byteCount } }
}

/// Writes a synthetic library of `count` articles (plus `malformed` bad files) under `root`.
///
/// The same seed always gives byte-identical files: every article draws from its own stream of
/// ``SplitMix64`` derived from the seed and its index, and nothing reads the clock or the host.
struct LibraryGenerator {
    var seed: UInt64
    var count: Int
    var malformed: Int

    func generate(into root: URL) throws -> GeneratedLibrary {
        let fileManager = FileManager.default
        try fileManager.createDirectory(at: root, withIntermediateDirectories: true)
        var files: [GeneratedFile] = []
        files.reserveCapacity(count + malformed)
        var bundleCount = 0
        for index in 0..<count {
            var writer = ArticleWriter(seed: seed, index: index)
            let parts = writer.write()
            let bytes = Array(parts.text.utf8)
            try write(bytes, to: parts.plan.relativePath, under: root)
            if parts.plan.isBundle {
                bundleCount += 1
                // A page bundle's other files are its images; a few fake JPEG bytes stand for one.
                var random = SplitMix64(seed: seed, stream: UInt64(index) ^ 0xB0B)
                let image: [UInt8] = [0xFF, 0xD8, 0xFF, 0xE0] + random.bytes(512)
                try write(image, to: "\(parts.plan.date.folder)/\(parts.plan.slug)/featured.jpg", under: root)
            }
            let id = "\(parts.plan.date.folder)/\(parts.plan.slug)"
            files.append(GeneratedFile(relativePath: parts.plan.relativePath, id: id, byteCount: bytes.count))
        }
        for number in 0..<malformed {
            let file = MalformedWriter.file(number: number, seed: seed)
            try write(file.bytes, to: file.relativePath, under: root)
            let id = String(file.relativePath.dropLast(".md".count))
            files.append(GeneratedFile(relativePath: file.relativePath, id: id, byteCount: file.bytes.count))
        }
        return GeneratedLibrary(root: root, files: files, articleCount: count, malformedCount: malformed, bundleCount: bundleCount)
    }

    private func write(_ bytes: [UInt8], to relativePath: String, under root: URL) throws {
        let url = root.appendingPathComponent(relativePath)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(bytes).write(to: url)
    }
}
