import ArgumentParser
import NewsCore
import NewsStore

/// `newsreader terms TAXONOMY`: the terms of any taxonomy (`series`, those the site declares, or
/// tags and topics) with their article counts, as `tags` prints tags.
struct TermsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "terms", abstract: "List a taxonomy's terms (e.g. series) with article counts, most used first.",
        discussion: "Taxonomies: tags, topics, series, and those the site's hugo.toml or config.toml declares.")

    @Argument(help: ArgumentHelp("The taxonomy, by its plural name as front matter writes it.", valueName: "TAXONOMY"))
    var taxonomy: String

    @OptionGroup var options: FacetOptions

    func run() throws {
        try reportingFailures {
            try options.printCounts(role: .tag) { catalog, filter in
                switch try TermArgument.taxonomy(taxonomy, in: catalog.taxonomies) {
                case .tags: catalog.tagCounts(matching: filter)
                case .topics: catalog.topicCounts(matching: filter)
                case .extra(let name): catalog.termCounts(name, matching: filter)
                }
            }
        }
    }
}
