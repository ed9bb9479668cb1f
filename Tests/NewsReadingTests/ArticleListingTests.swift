import Foundation
import NewsCore
import NewsReading
import Testing

@Suite("A listing keeps each article's facets as numbers")
struct ArticleListingTests {
    private static func summary(_ id: String, tags: [String], series: [String] = []) -> ArticleSummary {
        ArticleSummary(id: ArticleID(id), path: id + ".md", title: id, date: ArticleDate(instant: Date(timeIntervalSince1970: 0)),
                       tags: tags, terms: series.isEmpty ? [:] : ["series": series])
    }

    @Test("names are numbered once; a name listed twice by one article counts once")
    func numbering() {
        let listing = ArticleListing([Self.summary("a", tags: ["芯片", "AI", "芯片"]), Self.summary("b", tags: ["AI"], series: ["入门"])])
        #expect(listing.tags.names == ["芯片", "AI"])
        #expect(Array(listing.tags.numbers(of: 0)) == [0, 1])
        #expect(Array(listing.tags.numbers(of: 1)) == [1])
        #expect(listing.tags.number(of: "AI") == 1)
        #expect(listing.tags.number(of: "没有") == nil)
        #expect(listing.taxonomies == ["series"])
        #expect(listing.terms(of: "series")?.names(of: 0) == [])
        #expect(listing.terms(of: "series")?.names(of: 1) == ["入门"])
    }

    @Test("a subset keeps the chosen articles in the chosen order, with their facets")
    func subset() {
        let listing = ArticleListing([Self.summary("a", tags: ["甲"]), Self.summary("b", tags: []), Self.summary("c", tags: ["乙", "甲"])])
        let picked = listing.subset([2, 0])
        #expect(picked.ids.map(\.rawValue) == ["c", "a"])
        #expect(picked.tags.names(of: 0) == ["乙", "甲"])
        #expect(picked.tags.names(of: 1) == ["甲"])
    }

    @Test("respelling merges names that become one, counted once per article")
    func respelled() {
        let listing = ArticleListing([Self.summary("a", tags: ["Golang", "golang"]), Self.summary("b", tags: ["golang", "芯片"])])
        let merged = listing.respelled(tags: { $0.lowercased() }, topics: { $0 }, terms: { $1 })
        #expect(merged.tags.names == ["golang", "芯片"])
        #expect(merged.tags.names(of: 0) == ["golang"])
        #expect(merged.tags.names(of: 1) == ["golang", "芯片"])
    }
}
