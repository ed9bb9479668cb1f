import ArgumentParser
import Foundation
import NewsCore
import NewsRuntime

/// `newsreader config`: where the configuration file is, a commented default one, and a check.
struct ConfigCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "config",
        abstract: "Show, write or check the configuration file.",
        discussion: """
            The file is $XDG_CONFIG_HOME/newsreader/config.toml, else ~/.config/newsreader/config.toml; \
            --config FILE names another. A missing file means the defaults.
            Start one with: newsreader config --default > "$(newsreader config --path)"
            --check prints ok (exit status 0) or each error with its file, line and key (exit status 2); \
            unknown top-level settings are warnings.
            """)

    @Flag(name: .customLong("default"), help: "Print a commented configuration file holding every default.")
    var printDefault = false

    @Flag(help: "Check a configuration file (FILE, - for standard input, else the one in use).")
    var check = false

    @Flag(help: "Print the path the configuration file is read from.")
    var path = false

    @Argument(help: ArgumentHelp("The file --check reads.", valueName: "FILE"))
    var file: String?

    @Option(name: .customLong("config"), help: ArgumentHelp("The configuration file instead of the default one.", valueName: "FILE"))
    var configFile: String?

    func validate() throws {
        guard [printDefault, check, path].filter({ $0 }).count == 1 else {
            throw ValidationError("give one of --default, --check or --path")
        }
        if file != nil && !check { throw ValidationError("FILE goes with --check only") }
    }

    func run() throws {
        let environment = ProcessInfo.processInfo.environment
        let inUse = configFile ?? ConfigLoader.defaultPath(environment: environment)
        if printDefault {
            writeOutput(DefaultConfigFile.text)
        } else if path {
            writeOutput(TerminalText.sanitize(inUse) + "\n")
        } else {
            let status = Self.check(path: file ?? inUse, isExplicit: file != nil || configFile != nil, environment: environment)
            if status != 0 { throw ExitCode(status) }
        }
    }

    /// Checks one file: `ok` on standard output, or every error on standard error.
    /// - Returns: the exit status, 0 when the file can be used, 2 when it cannot.
    static func check(path: String, isExplicit: Bool, environment: [String: String]) -> Int32 {
        let shown = path == "-" ? "<stdin>" : path
        let text: String
        switch ConfigLoader.contents(of: path) {
        case .missing:
            if isExplicit {
                complain("\(TerminalText.sanitize(shown)): no such configuration file")
                return 2
            }
            complain("no configuration file at \(TerminalText.sanitize(shown)): the defaults apply")
            writeOutput("ok\n")
            return 0
        case .unreadable(let reason):
            complain("\(TerminalText.sanitize(shown)): \(reason)")
            return 2
        case .text(let contents):
            text = contents
        }
        let reading = ConfigParser.parse(text, home: ConfigLoader.home(environment: environment))
        for diagnostic in reading.diagnostics { complain(diagnostic.formatted(file: shown)) }
        guard reading.errors.isEmpty else { return 2 }
        writeOutput("ok\n")
        return 0
    }

    private static func complain(_ message: String) {
        FileHandle.standardError.write(Data("newsreader: \(message)\n".utf8))
    }
}
