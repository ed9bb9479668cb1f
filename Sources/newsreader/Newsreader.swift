import ArgumentParser

/// The `newsreader` command: the interactive reader (a later issue) and its scripting twins.
@main
struct Newsreader: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "newsreader",
        abstract: "A terminal reader for a library of Markdown news articles.",
        discussion: """
            ARTICLE is an article id (its path in the library without extension, e.g. \
            2025/06/vendor-neutrality) or the path of its file.
            The library is --library DIR, else $NEWSREADER_LIBRARY, else the built-in sample library.
            """,
        version: "0.1.0",
        subcommands: [ListCommand.self, ShowCommand.self, TagsCommand.self, TopicsCommand.self,
                      LinksCommand.self, CheckCommand.self, SearchCommand.self, ReindexCommand.self],
        // Until the interactive reader exists, `newsreader` alone prints the list.
        defaultSubcommand: ListCommand.self
    )
}
