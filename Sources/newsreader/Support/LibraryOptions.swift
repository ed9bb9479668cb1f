import ArgumentParser
import Foundation
import NewsCore
import NewsReading
import NewsRuntime
import NewsStore
import SampleLibrary

/// `--library DIR|NAME`, `--config FILE` and the three typesetting settings, shared by every command,
/// and the loading that goes with them.
struct LibraryOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp(
        "The library folder (or a Hugo site root holding content/), or a name from [libraries] of the config file.",
        discussion: "Defaults to $NEWSREADER_LIBRARY, else the config file's library, else the built-in sample library.",
        valueName: "DIR|NAME"))
    var library: String?

    @Option(name: .customLong("config"), help: ArgumentHelp(
        "The configuration file (default: $XDG_CONFIG_HOME/newsreader/config.toml).", valueName: "FILE"))
    var configFile: String?

    @Option(help: ArgumentHelp(
        "Columns of East Asian Ambiguous characters (“ ” … · —): 2 for a terminal set to draw them wide.",
        discussion: "Default: the config file's ambiguous_width, else 1.", valueName: "1|2"))
    var ambiguousWidth: AmbiguousWidth?

    @Option(help: ArgumentHelp("Line breaking in CJK text, as CSS line-break.",
                               discussion: "Default: the config file's line_break, else strict.", valueName: "strict|normal|loose"))
    var lineBreak: LineBreaker.Strictness?

    @Option(help: ArgumentHelp("Article text is never wider than N columns; 0 is the full width.",
                               discussion: "Default: the config file's text_width, else \(TextMeasure.defaultColumns).", valueName: "N"))
    var textWidth: Int?

    /// The configuration file's settings (defaults when there is none) with the flags above on
    /// top; errors exit with status 2 (see `reportingFailures`). Sets the process-wide ambiguous width, which every width
    /// measured afterwards (columns of `list`, the layout of `show`, the reader) depends on.
    func configuration(environment: [String: String] = ProcessInfo.processInfo.environment) throws -> Configuration {
        var configuration = try ConfigLoader.load(explicitPath: configFile, environment: environment)
        if let ambiguousWidth { configuration.ambiguousWidth = ambiguousWidth }
        if let lineBreak { configuration.lineBreak = lineBreak }
        if let textWidth {
            guard (0...TextMeasure.maximumColumns).contains(textWidth) else {
                throw ValidationError("--text-width must be between 0 and \(TextMeasure.maximumColumns), not \(textWidth)")
            }
            configuration.textWidth = textWidth
        }
        DisplayWidth.ambiguousWidth = configuration.ambiguousWidth.rawValue
        return configuration
    }

    /// The folder chosen by flag, environment, configuration or default.
    func libraryURL(environment: [String: String] = ProcessInfo.processInfo.environment) throws -> URL {
        try libraryURL(configuration: configuration(environment: environment), environment: environment)
    }

    /// The folder chosen by flag, environment, `configuration` or default.
    func libraryURL(configuration: Configuration, environment: [String: String] = ProcessInfo.processInfo.environment) throws -> URL {
        if let chosen = LibrarySelection.folder(flag: library, environment: environment, configuration: configuration) {
            return chosen
        }
        guard let sample = SampleLibrary.url else {
            throw CommandFailure("the built-in sample library is missing from this build; give --library DIR")
        }
        return sample
    }
}

extension LibraryOptions {
    /// Opens the library through its index (in `$XDG_CACHE_HOME/newsreader`), turning a missing or
    /// wrong folder into a message and exit status 2.
    func openCatalog(rebuildIndex: Bool = false, environment: [String: String] = ProcessInfo.processInfo.environment) throws -> LibraryCatalog {
        try openCatalog(configuration: configuration(environment: environment), rebuildIndex: rebuildIndex, environment: environment)
    }

    /// ``openCatalog(rebuildIndex:environment:)`` with the configuration already loaded.
    ///
    /// - Parameter trustingIndex: list from a complete index without waiting for the folder walk
    ///   (the caller then calls ``LibraryCatalog/revalidate()``).
    func openCatalog(configuration: Configuration, rebuildIndex: Bool = false, trustingIndex: Bool = false,
                     environment: [String: String] = ProcessInfo.processInfo.environment) throws -> LibraryCatalog {
        let url = try libraryURL(configuration: configuration, environment: environment)
        do {
            // A first build can take a while: a progress bar on stderr when it is a terminal.
            let bar = ProgressBar.forStandardError()
            defer { bar?.finish() }
            let catalog = try LibraryCatalog.open(root: url, locations: .fromEnvironment(environment), rebuildIndex: rebuildIndex,
                                                  revalidateInBackground: trustingIndex, progress: bar.map { bar in { bar.show($0) } })
            if let breaks = configuration.breaks.value(for: url, libraries: configuration.libraries) {
                catalog.markdownOptions = MarkdownOptions(breaks: breaks)
            }
            // The state database's notice (a damaged file moved aside) must never pass silently.
            if let notice = catalog.stateNotice {
                writeMessage(notice)
            }
            // Likewise an index that could not be written (`reindex` reports its notes itself).
            if !rebuildIndex, let fault = catalog.indexStatus.fault {
                writeMessage(fault)
            }
            return catalog
        } catch let error as LibraryError {
            let hint = LibrarySelection.missingFolderHint(flag: library, libraries: configuration.libraries)
            throw CommandFailure(error.description + (FileManager.default.fileExists(atPath: url.path) ? "" : hint ?? ""))
        }
    }
}

extension AmbiguousWidth: ExpressibleByArgument {}

extension LineBreaker.Strictness: ExpressibleByArgument {
    public init?(argument: String) {
        self.init(configName: argument)
    }

    public static var allValueStrings: [String] { allCases.map(\.configName) }
}
