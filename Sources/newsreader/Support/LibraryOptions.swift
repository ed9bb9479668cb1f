import ArgumentParser
import Foundation
import NewsCore
import NewsStore
import SampleLibrary

/// `--library DIR`, shared by every command, and the loading that goes with it.
struct LibraryOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp(
        "The library folder (or a Hugo site root holding content/).",
        discussion: "Defaults to $NEWSREADER_LIBRARY, else the built-in sample library.",
        valueName: "DIR"))
    var library: String?

    /// The folder chosen by flag, environment or default.
    func libraryURL(environment: [String: String] = ProcessInfo.processInfo.environment) throws -> URL {
        if let library { return URL(fileURLWithPath: library) }
        if let fromEnvironment = environment["NEWSREADER_LIBRARY"], !fromEnvironment.isEmpty {
            return URL(fileURLWithPath: fromEnvironment)
        }
        guard let sample = SampleLibrary.url else {
            throw CommandFailure("the built-in sample library is missing from this build; give --library DIR")
        }
        return sample
    }

    /// Loads the library, turning a missing or wrong folder into a message and exit status 2.
    func load() throws -> Library {
        let url = try libraryURL()
        do {
            return try Library.load(from: url)
        } catch let error as LibraryError {
            throw CommandFailure(error.description)
        }
    }
}

extension LibraryOptions {
    /// Opens the library through its index (in `$XDG_CACHE_HOME/newsreader`), turning a missing or
    /// wrong folder into a message and exit status 2.
    func openCatalog(rebuildIndex: Bool = false, environment: [String: String] = ProcessInfo.processInfo.environment) throws -> LibraryCatalog {
        let url = try libraryURL(environment: environment)
        do {
            return try LibraryCatalog.open(root: url, locations: .fromEnvironment(environment), rebuildIndex: rebuildIndex)
        } catch let error as LibraryError {
            throw CommandFailure(error.description)
        }
    }
}

/// Finds the article a command was given, or fails with a message naming it.
func resolveArticle(_ name: String, in library: Library) throws -> Article {
    if let article = library.article(named: name) { return article }
    throw CommandFailure("no article '\(TerminalText.sanitize(name))' in \(library.root.path) (see `newsreader list` for ids)")
}
