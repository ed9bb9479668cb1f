import Foundation
import Testing

/// The image fixtures (made by Scripts/make-sample-images.py) and recorded drawings.
enum FixtureFiles {
    static func url(_ name: String) throws -> URL {
        let base = (name as NSString).deletingPathExtension, ext = (name as NSString).pathExtension
        return try #require(Bundle.module.url(forResource: base, withExtension: ext, subdirectory: "Fixtures"),
                            "missing fixture \(name)")
    }

    static func path(_ name: String) throws -> String { try url(name).path }

    static func bytes(_ name: String) throws -> [UInt8] { [UInt8](try Data(contentsOf: url(name))) }

    /// Compares `text` with Fixtures/Golden/`name`.txt; NEWSREADER_RECORD=1 rewrites the file
    /// in the source tree instead (then review the diff before committing).
    static func checkGolden(_ text: String, named name: String, sourceLocation: SourceLocation = #_sourceLocation) throws {
        if ProcessInfo.processInfo.environment["NEWSREADER_RECORD"] == "1" {
            let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures/Golden")
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            try Data(text.utf8).write(to: folder.appendingPathComponent(name + ".txt"))
            return
        }
        guard let url = Bundle.module.url(forResource: name, withExtension: "txt", subdirectory: "Fixtures/Golden") else {
            Issue.record("no golden file \(name).txt: run with NEWSREADER_RECORD=1 to record it", sourceLocation: sourceLocation)
            return
        }
        let expected = try String(contentsOf: url, encoding: .utf8)
        #expect(expected == text, "\(name).txt differs from the drawing", sourceLocation: sourceLocation)
    }
}
