import ArgumentParser

/// The `newsreader` command: the interactive reader and its scripting twins.
@main
struct Newsreader: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "newsreader",
        abstract: "A terminal reader for a library of Markdown news articles.",
        discussion: """
            ARTICLE is an article id (its path in the library without extension, e.g. \
            2025/06/vendor-neutrality) or the path of its file.
            The library is --library DIR|NAME, else $NEWSREADER_LIBRARY, else the config file's library \
            (see `newsreader config --default`), else the built-in sample library.
            """,
        version: "0.1.0",
        subcommands: [ReadCommand.self, ListCommand.self, ShowCommand.self, TagsCommand.self, TopicsCommand.self, TermsCommand.self,
                      LinksCommand.self, OpenCommand.self, CheckCommand.self, SearchCommand.self, ReindexCommand.self,
                      ConfigCommand.self, OutlineCommand.self, RelatedCommand.self, OutletsCommand.self],
        // `newsreader` alone opens the reader in a terminal, and prints the list into a pipe.
        defaultSubcommand: ReadCommand.self
    )
}
