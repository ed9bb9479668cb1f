import NewsCore
import Testing
@testable import NewsUI

@Suite("The site's own taxonomies in the facet pane")
struct TaxonomyFacetTests {
    private func summary(_ id: String, day: String, series: [String]) -> ArticleSummary {
        ArticleSummary(id: ArticleID(id), path: id + ".md", title: "文章 " + id, date: Fixtures.date(day),
                       terms: series.isEmpty ? [:] : ["series": series])
    }

    private var snapshot: LibrarySnapshot {
        LibrarySnapshot(rootPath: "/lib", articles: [
            summary("c", day: "2025-06-03", series: ["Hugo 入门"]),
            summary("b", day: "2025-06-02", series: ["Hugo 入门", "排版"]),
            summary("a", day: "2025-06-01", series: []),
        ])
    }

    /// Presses j in the facet pane until `row` is highlighted (headings are skipped by j).
    private func moveInPane(_ driver: inout AppDriver, to row: FacetRow) {
        for _ in 0..<20 {
            guard let library = driver.library, library.facetRows[library.pane.selected] != row else { return }
            driver.press(.character("j"))
        }
    }

    @Test("each taxonomy is a group of its own, with counts, under a heading")
    func groupWithCounts() {
        let driver = AppDriver(snapshot: snapshot)
        let rows = driver.library?.facetRows ?? []
        let heading = rows.firstIndex(of: .heading("系列 Series"))
        #expect(heading != nil)
        #expect(Array(rows.suffix(2)) == [.term(TaxonomyTerm(taxonomy: "series", name: "Hugo 入门"), count: 2),
                                         .term(TaxonomyTerm(taxonomy: "series", name: "排版"), count: 1)])
        #expect(driver.lines.contains { $0.contains("系列 Series") })
    }

    @Test("Enter on a term filters the list, and again removes the filter")
    func filters() throws {
        var driver = AppDriver(snapshot: snapshot)
        let hugo = TaxonomyTerm(taxonomy: "series", name: "Hugo 入门")
        driver.press(.tab)
        moveInPane(&driver, to: .term(hugo, count: 2))
        driver.press(.enter)
        #expect(driver.library?.filter.term == TaxonomyTerm(taxonomy: "series", name: "Hugo 入门"))
        #expect(driver.library?.visibleIDs == [ArticleID("c"), ArticleID("b")])
        #expect(driver.library?.filter.labels == ["series:Hugo 入门"])
        // The counts follow the filter: 排版 is on one of the two listed articles.
        #expect(driver.library?.facetRows.last == .term(TaxonomyTerm(taxonomy: "series", name: "排版"), count: 1))
        driver.press(.tab)
        moveInPane(&driver, to: .term(hugo, count: 2))
        driver.press(.enter)
        #expect(driver.library?.filter.term == nil)
        #expect(driver.library?.visibleIDs.count == 3)
    }
}
