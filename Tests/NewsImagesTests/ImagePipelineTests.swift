import Foundation
import Testing
@testable import NewsImages

@Suite("From a path to a drawn image, cached by path, size and mtime")
struct ImagePipelineTests {
    private func temporaryCopy(of name: String) throws -> URL {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("newsimages-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let copy = folder.appendingPathComponent(name)
        try FileManager.default.copyItem(at: try FixtureFiles.url(name), to: copy)
        return copy
    }

    @Test("symbols fit the requested box, keeping the aspect")
    func symbolsFit() throws {
        let pipeline = ImagePipeline()
        let drawn = try pipeline.draw(path: try FixtureFiles.path("landscape.jpg"),
                                      request: DrawRequest(output: .symbols(.trueColor), maxColumns: 6, maxRows: 10)).get()
        #expect(drawn.fit == CellFit(columns: 6, rows: 2))
        guard case .symbols(let grid) = drawn else { Issue.record("expected symbols"); return }
        #expect(grid.cells.count == 12)
    }

    @Test("a protocol request gives that protocol's sequence")
    func protocolRequest() throws {
        let drawn = try ImagePipeline().draw(path: try FixtureFiles.path("chart.png"),
                                             request: DrawRequest(output: .kitty, maxColumns: 6, maxRows: 10)).get()
        guard case .sequence(let bytes, .kitty, let fit) = drawn else { Issue.record("expected kitty"); return }
        #expect(bytes.starts(with: Array("\u{1B}_G".utf8)))
        #expect(fit == CellFit(columns: 6, rows: 2))
    }

    @Test("the second draw of an unchanged file comes from the cache; a rewritten file is drawn again")
    func cache() throws {
        let copy = try temporaryCopy(of: "chart.png")
        let pipeline = ImagePipeline()
        let request = DrawRequest(output: .symbols(.indexed256), maxColumns: 12, maxRows: 4)
        let first = try pipeline.draw(path: copy.path, request: request).get()
        _ = try pipeline.draw(path: copy.path, request: request).get()
        #expect(pipeline.cache.count == 1)
        // Same name, different picture and mtime: the cache must not serve the old drawing.
        try FileManager.default.removeItem(at: copy)
        try FileManager.default.copyItem(at: try FixtureFiles.url("quarters.gif"), to: copy)
        try FileManager.default.setAttributes([.modificationDate: Date().addingTimeInterval(60)], ofItemAtPath: copy.path)
        let second = try pipeline.draw(path: copy.path, request: request).get()
        #expect(pipeline.cache.count == 2)
        #expect(first != second)
    }

    @Test("failures are results with the reason, and cached like drawings")
    func failures() throws {
        let pipeline = ImagePipeline()
        let request = DrawRequest(output: .symbols(.trueColor), maxColumns: 10, maxRows: 5)
        #expect(pipeline.draw(path: try FixtureFiles.path("huge-declared.png"), request: request)
            == .failure(.tooManyPixels(width: 100_000, height: 100_000, limit: 40_000_000)))
        #expect(pipeline.draw(path: "/nonexistent.png", request: request) == .failure(.missing))
        #expect(pipeline.cache.count == 1)
    }

    @Test("the cache keeps at most its capacity, dropping the oldest")
    func capacity() throws {
        let pipeline = ImagePipeline(cache: ImageCache(capacity: 2))
        let path = try FixtureFiles.path("chart.png")
        for columns in 3...6 {
            _ = pipeline.draw(path: path, request: DrawRequest(output: .symbols(.trueColor), maxColumns: columns, maxRows: 4))
        }
        #expect(pipeline.cache.count == 2)
    }
}
