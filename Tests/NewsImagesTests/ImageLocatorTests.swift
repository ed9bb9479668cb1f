import Foundation
import Testing
import NewsCore
@testable import NewsImages

@Suite("Finding an article's image inside the library")
struct ImageLocatorTests {
    /// site/content/2025/a.md, site/content/2025/local.png, site/static/images/s.png,
    /// site/content/images/c.png, outside/secret.png and a symlink to it in the library.
    private func makeSite() throws -> (site: URL, locator: ImageLocator) {
        let base = FileManager.default.temporaryDirectory.appendingPathComponent("locator-\(UUID().uuidString)")
        let site = base.appendingPathComponent("site")
        let files = ["content/2025/a.md", "content/2025/local.png", "static/images/s.png", "content/images/c.png"]
        for file in files {
            let url = site.appendingPathComponent(file)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data("x".utf8).write(to: url)
        }
        let outside = base.appendingPathComponent("outside/secret.png")
        try FileManager.default.createDirectory(at: outside.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data("x".utf8).write(to: outside)
        try FileManager.default.createSymbolicLink(at: site.appendingPathComponent("content/2025/link.png"), withDestinationURL: outside)
        let resolver = ImagePathResolver(libraryRoot: site.appendingPathComponent("content").path, siteRoot: site.path,
                                         fileExists: { FileManager.default.fileExists(atPath: $0) })
        return (site, ImageLocator(resolver: resolver))
    }

    @Test("a relative path is next to the article")
    func relative() throws {
        let (site, locator) = try makeSite()
        #expect(locator.locate("local.png", articlePath: "2025/a.md")
            == .success(.file(site.appendingPathComponent("content/2025/local.png").path)))
    }

    @Test("a site-absolute path is found in the library, then the site's static/")
    func siteAbsolute() throws {
        let (site, locator) = try makeSite()
        #expect(locator.locate("/images/c.png", articlePath: "2025/a.md")
            == .success(.file(site.appendingPathComponent("content/images/c.png").path)))
        #expect(locator.locate("/images/s.png?v=2", articlePath: "2025/a.md")
            == .success(.file(site.appendingPathComponent("static/images/s.png").path)))
    }

    @Test("remote images are reported as remote, never fetched")
    func remote() throws {
        let (_, locator) = try makeSite()
        #expect(locator.locate("https://example.com/a.png", articlePath: "2025/a.md") == .success(.remote("https://example.com/a.png")))
        #expect(locator.locate("//cdn.example.com/a.png", articlePath: "2025/a.md") == .success(.remote("//cdn.example.com/a.png")))
    }

    @Test("paths leaving the library, by .. or by a symlink, are refused")
    func outside() throws {
        let (_, locator) = try makeSite()
        #expect(locator.locate("../../../outside/secret.png", articlePath: "2025/a.md") == .failure(.outsideLibrary))
        #expect(locator.locate("link.png", articlePath: "2025/a.md") == .failure(.outsideLibrary))
    }

    @Test("a missing file and other schemes fail with a reason")
    func failures() throws {
        let (_, locator) = try makeSite()
        #expect(locator.locate("/images/YYYY/MM/none.jpg", articlePath: "2025/a.md") == .failure(.missing))
        #expect(locator.locate("data:image/png;base64,AAAA", articlePath: "2025/a.md")
            == .failure(.unreadable("data: images are not read")))
    }
}
