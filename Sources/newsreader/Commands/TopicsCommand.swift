import ArgumentParser

/// `newsreader topics`: every topic (`main_topics`, `categories`, `category`) with the number of articles carrying it.
struct TopicsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "topics", abstract: "List topics with article counts, most used first.")

    @OptionGroup var options: FacetOptions

    func run() throws {
        try reportingFailures { try options.printCounts(role: .topic) { $0.topicCounts(matching: $1) } }
    }
}
