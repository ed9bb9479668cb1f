import ArgumentParser
import NewsReading
import NewsStore

/// `newsreader outlets`: every outlet the articles' citations name, with the number of articles
/// citing it (issue #17).
struct OutletsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "outlets", abstract: "List the outlets citations name, with article counts, most cited first.")

    @OptionGroup var options: FacetOptions

    func run() throws {
        try reportingFailures {
            try options.printCounts(role: .topic) { catalog, filter in
                OutletCount.tally(catalog.summaries(matching: filter).map(\.outlets)).map { FacetCount(name: $0.name, count: $0.count) }
            }
        }
    }
}
