import Foundation
import NewsCore
import NewsReading
import Testing
@testable import NewsStore

/// The reader's list comes from the index as a compact listing; full summaries are read by row.
@Suite("The catalog lists the index as numbers and reads rows on demand")
struct CatalogListingTests {
    /// A library with merged spellings, a draft, a series and two files of one id (`a.markdown`
    /// sorts first and is kept).
    private func library() throws -> TemporaryLibrary {
        let library = try TemporaryLibrary()
        try library.write("a.markdown", "---\ntitle: 甲\ndate: 2025-06-04\ntags: [Golang, 芯片]\ncategories: [AI]\nseries: [入门]\n---\n正文。\n\n第二段。\n")
        try library.write("b.md", "---\ntitle: 乙\ndate: 2025-06-03\ntags: [golang]\ncategories: [ＡＩ]\n---\n正文。\n")
        try library.write("c.md", "---\ntitle: 丙\ndate: 2025-06-02\ndraft: true\ntags: [golang]\n---\n正文。\n")
        try library.write("a.md", "---\ntitle: 重复的甲\ndate: 2025-06-05\n---\n正文。\n")
        return library
    }

    @Test("the listing holds what the summaries hold, newest first, each name once across spellings")
    func listingMatchesSummaries() throws {
        let library = try library(), store = try TemporaryStore()
        for catalog in [try store.open(library), try store.open(library)] {  // built, then read back
            let summaries = catalog.summaries
            let listing = catalog.listing
            #expect(Array(listing.ids) == summaries.map(\.id))
            #expect(listing.ids.map(\.rawValue) == ["a", "b", "c"])
            #expect(listing.tags.names.sorted() == ["golang", "芯片"])
            #expect(listing.topics.names.count == 1)
            for position in summaries.indices {
                #expect(listing.tags.names(of: position) == summaries[position].tags)
                #expect(listing.topics.names(of: position) == summaries[position].topics)
                #expect(listing.terms(of: "series")?.names(of: position) ?? [] == summaries[position].series)
                #expect(listing.drafts[position] == summaries[position].isDraft)
                #expect(Int(listing.bodyBlocks[position]) == summaries[position].bodyBlocks)
                #expect(listing.dates[position] == summaries[position].date)
            }
            #expect(listing.drafts == [false, false, true])
        }
    }

    @Test("rows are read by their index row, only those asked for, in the library's spellings")
    func rowsOnDemand() throws {
        let library = try library(), store = try TemporaryStore()
        let catalog = try store.open(library)
        let rowIDs = catalog.listingRowIDs
        #expect(rowIDs.count == 3)
        let read = try catalog.summaries(rowIDs: [rowIDs[1]])
        #expect(read.count == 1)
        #expect(read[rowIDs[1]]?.title == "乙")
        #expect(read[rowIDs[1]]?.tags == ["golang"])
        #expect(read[rowIDs[1]] == catalog.summaries[1])
        // A row the index no longer has is left out, not an error.
        #expect(try catalog.summaries(rowIDs: [Int64.max]).isEmpty)
        // The hidden duplicate's path is not offered for links.
        #expect(try catalog.articlePaths().map(\.path).sorted() == ["a.markdown", "b.md", "c.md"])
    }

    @Test("a revalidation replaces the listing: a new article is listed, a rewritten one updated")
    func refreshReplacesListing() throws {
        let library = try library(), store = try TemporaryStore()
        _ = try store.open(library)
        try library.write("d.md", "---\ntitle: 丁\ndate: 2025-06-06\ntags: [GOLANG, 新标签]\n---\n正文。\n")
        try library.write("b.md", "---\ntitle: 乙（改）\ndate: 2025-06-03\ntags: [golang]\n---\n改过的正文。\n")
        let catalog = try LibraryCatalog.open(root: library.root, locations: store.locations, revalidateInBackground: true)
        #expect(catalog.listing.ids.map(\.rawValue) == ["a", "b", "c"])
        let change = try #require(try catalog.revalidate())
        #expect(change.added == [ArticleID("d")])
        #expect(change.updated == [ArticleID("b")])
        #expect(catalog.listing.ids.map(\.rawValue) == ["d", "a", "b", "c"])
        // GOLANG joins golang (the most used spelling); the new tag is numbered.
        #expect(catalog.listing.tags.names(of: 0) == ["golang", "新标签"])
        let rows = try catalog.summaries(rowIDs: [catalog.listingRowIDs[2]])
        #expect(rows.values.map(\.title) == ["乙（改）"])
    }
}

@Suite("The catalog counts files with problems without decoding them")
struct ProblemOverviewTests {
    @Test("the count matches the problems' files; the signature changes when a file breaks")
    func overview() throws {
        let library = try TemporaryLibrary(), store = try TemporaryStore()
        try library.write("a.md", "---\ntitle: 甲\ndate: 2025-06-01\n---\n正文。\n")
        try library.write("b.md", "---\ntitle: [乙\ndate: 2025-06-02\n---\n正文。\n")
        try library.write("a.markdown", "---\ntitle: 重复\ndate: 2025-06-03\n---\n正文。\n")
        let catalog = try store.open(library)
        let overview = catalog.problemOverview()
        #expect(overview.files == Set(catalog.problems.map(\.path)).count)
        #expect(overview.files >= 2)
        try library.write("a.md", "---\ntitle: [甲\n---\n正文。\n")
        let reopened = try store.open(library)
        #expect(reopened.problemOverview().signature != overview.signature)
        #expect(reopened.problemOverview().files == Set(reopened.problems.map(\.path)).count)
    }
}

@Suite("The index keeps the listing, so a warm launch reads numbers")
struct StoredListingTests {
    private func stored(_ catalog: LibraryCatalog) throws -> IndexListing? {
        try catalog.index.queue.read(IndexListing.stored)
    }

    @Test("the stored listing is the one read from the rows; a changed file empties it")
    func storedAndInvalidated() throws {
        let library = try TemporaryLibrary(), store = try TemporaryStore()
        try library.write("a.md", "---\ntitle: 甲\ndate: 2025-06-02\ntags: [Golang]\nseries: [入门]\n---\n正文。\n")
        try library.write("b.md", "---\ntitle: 乙\ndate: 2025-06-01\ntags: [golang, 芯片]\n---\n正文。\n")
        let first = try store.open(library)
        #expect(try stored(first)?.rowIDs == first.listingRowIDs)
        let second = try store.open(library)
        #expect(second.listing == first.listing)
        #expect(second.listingRowIDs == first.listingRowIDs)
        #expect(second.indexListing.stamps == first.indexListing.stamps)
        // Golang and golang are one tag, in the spelling seen first (the newest article's).
        #expect(second.listing.tags.names(of: 1) == ["Golang", "芯片"])
        #expect(second.listing.tags.names(of: 0) == ["Golang"])

        try library.write("c.md", "---\ntitle: 丙\ndate: 2025-06-03\ntags: [新]\n---\n正文。\n")
        // The sync's writes emptied the stored listing; the new one was read and stored again.
        let third = try store.open(library)
        #expect(third.listing.ids.map(\.rawValue) == ["c", "a", "b"])
        #expect(try stored(third)?.listing.ids.map(\.rawValue) == ["c", "a", "b"])
        try third.index.queue.write { try $0.execute(sql: "UPDATE article SET title = '改' WHERE path = 'a.md'") }
        #expect(try stored(third) == nil)
    }

    @Test("a listing survives its encoding; damaged bytes decode to nothing")
    func codec() throws {
        let library = try TemporaryLibrary(), store = try TemporaryStore()
        try library.write("a.md", "---\ntitle: 甲\ndate: 2025-06-02\ntags: [芯片]\nseries: [入门]\n---\n正文。\n")
        try library.write("a.markdown", "---\ntitle: 重复\ndate: 2025-06-01\n---\n正文。\n")
        let catalog = try store.open(library)
        let read = catalog.indexListing
        let data = ListingCodec.encode(read)
        let back = try #require(ListingCodec.decode(data))
        #expect(back.listing == read.listing)
        #expect(back.rowIDs == read.rowIDs && back.stamps == read.stamps && back.hiddenRowIDs == read.hiddenRowIDs)
        #expect(back.hiddenDuplicates == read.hiddenDuplicates && !back.hiddenDuplicates.isEmpty)
        #expect(back.problemFiles == read.problemFiles && back.problemLength == read.problemLength && read.problemFiles >= 1)
        #expect(ListingCodec.decode(data.dropLast(3)) == nil)
        #expect(ListingCodec.decode(Data([1, 0, 0, 0, 255, 255, 255, 127])) == nil)
    }
}
