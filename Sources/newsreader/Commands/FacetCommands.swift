import ArgumentParser
import NewsCore
import NewsStore

/// `newsreader tags`: every tag with the number of articles carrying it.
struct TagsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "tags", abstract: "List tags with article counts, most used first.")

    @OptionGroup var libraryOptions: LibraryOptions
    @Flag(help: "Include drafts in the counts.") var drafts = false
    @Flag(help: "Print JSON: [{name, count}].") var json = false

    func run() throws {
        try reportingFailures {
            let library = try libraryOptions.load()
            try printFacets(library.tagCounts(matching: ArticleFilter(includeDrafts: drafts)), json: json)
        }
    }
}

/// `newsreader topics`: every topic (`main_topics`) with the number of articles carrying it.
struct TopicsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "topics", abstract: "List topics with article counts, most used first.")

    @OptionGroup var libraryOptions: LibraryOptions
    @Flag(help: "Include drafts in the counts.") var drafts = false
    @Flag(help: "Print JSON: [{name, count}].") var json = false

    func run() throws {
        try reportingFailures {
            let library = try libraryOptions.load()
            try printFacets(library.topicCounts(matching: ArticleFilter(includeDrafts: drafts)), json: json)
        }
    }
}

/// `count  name` lines, or the JSON array.
private func printFacets(_ facets: [FacetCount], json: Bool) throws {
    if json {
        try JSONOutput.write(facets)
        return
    }
    let countWidth = String(facets.first?.count ?? 0).count
    writeOutput(facets.map { facet in
        String(repeating: " ", count: countWidth - String(facet.count).count) + "\(facet.count)  "
            + TerminalText.sanitize(facet.name) + "\n"
    }.joined())
}
