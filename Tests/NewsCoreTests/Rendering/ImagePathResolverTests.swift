import Testing
@testable import NewsCore

@Suite("Image paths resolve as Hugo resolves them")
struct ImagePathResolverTests {
    private let files: Set<String> = ["/site/content/post/bundle/a.png", "/site/static/images/x.png", "/site/content/posts/hexo/b.png"]
    private var resolver: ImagePathResolver {
        let files = files
        return ImagePathResolver(libraryRoot: "/site/content", siteRoot: "/site", fileExists: { files.contains($0) })
    }

    @Test("relative to the article's folder (page bundles), shown relative to the library")
    func bundle() {
        #expect(resolver.resolve("a.png", articlePath: "post/bundle/index.md")
            == .local(path: "/site/content/post/bundle/a.png", display: "post/bundle/a.png", exists: true))
        #expect(resolver.resolve("./b.png", articlePath: "posts/hexo.md")
            == .local(path: "/site/content/posts/hexo/b.png", display: "posts/hexo/b.png", exists: true))
    }

    @Test("site-absolute paths in static/ (outside the library: shown absolute)")
    func siteAbsolute() {
        #expect(resolver.resolve("/images/x.png?v=2", articlePath: "post/a.md")
            == .local(path: "/site/static/images/x.png", display: "/site/static/images/x.png", exists: true))
    }

    @Test("a path climbing above / stays at /")
    func aboveRoot() {
        #expect(ImagePathResolver.normalized("/../../etc/passwd") == "/etc/passwd")
        #expect(ImagePathResolver.normalized("a/../../b") == "../b")
    }

    @Test("a missing file is the first place looked, marked missing; URLs stay URLs")
    func missingAndRemote() {
        #expect(resolver.resolve("../gone.png", articlePath: "post/bundle/index.md")
            == .local(path: "/site/content/post/gone.png", display: "post/gone.png", exists: false))
        #expect(resolver.resolve("https://e.com/a.png", articlePath: "a.md") == .remote("https://e.com/a.png"))
        #expect(resolver.resolve("//cdn.e.com/a.png", articlePath: "a.md") == .remote("//cdn.e.com/a.png"))
    }
}
