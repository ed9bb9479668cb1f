import ArgumentParser

/// `newsreader tags`: every tag with the number of articles carrying it.
struct TagsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "tags", abstract: "List tags with article counts, most used first.")

    @OptionGroup var options: FacetOptions

    func run() throws {
        try reportingFailures { try options.printCounts(role: .tag) { $0.tagCounts(matching: $1) } }
    }
}
