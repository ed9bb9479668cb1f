import Foundation
import Testing

@Suite("The built-in sample library")
struct SampleLibraryTests {
    @Test("newsreader with no arguments lists the sample library")
    func listsSampleLibrary() throws {
        let output = try CLIRunner.run([])
        #expect(output.status == 0)
        #expect(output.stdout.split(separator: "\n").count >= 12)
    }

    @Test("the sample library passes check without errors")
    func sampleLibraryIsClean() throws {
        let output = try CLIRunner.run(["check", "--json"])
        #expect(output.status == 0)
        let json = try #require(try output.json() as? [String: Any])
        #expect((json["articles"] as? Int ?? 0) >= 12)
        let problems = json["problems"] as? [[String: Any]] ?? []
        #expect(!problems.contains { $0["severity"] as? String == "error" })
    }

    @Test("the sample library has at least 4 topics and 15 tags shared by two or more articles")
    func sampleLibraryHasRichFacets() throws {
        let topics = try #require(try CLIRunner.run(["topics", "--json"]).json() as? [[String: Any]])
        #expect(topics.count >= 4)
        let tags = try #require(try CLIRunner.run(["tags", "--json"]).json() as? [[String: Any]])
        #expect(tags.filter { ($0["count"] as? Int ?? 0) >= 2 }.count >= 15)
    }

    @Test("every sample article cites at least three sources on example domains")
    func sampleArticlesCiteSources() throws {
        let articles = try #require(try CLIRunner.run(["list", "--json", "--drafts"]).json() as? [[String: Any]])
        for article in articles {
            let id = try #require(article["id"] as? String)
            let all = try #require(try CLIRunner.run(["links", id, "--json"]).json() as? [[String: Any]])
            let links = all.filter { $0["kind"] as? String == "citation" }
            #expect(links.count >= 3, "\(id) cites \(links.count) sources")
            let urls = links.compactMap { $0["url"] as? String }
            #expect(urls.allSatisfy { url in ["example.com", "example.org", "example.net"].contains { url.contains($0) } }, "\(id)")
        }
    }
}
