import Foundation

/// Everything one end-to-end run needs: the binary, the fixture library, temporary XDG folders
/// and a recording opener.
struct ReaderEnvironment {
    /// The binary SwiftPM built next to this test bundle (as Tests/CLITests/CLIRunner finds it).
    static let binary: String = {
        let candidates = [Bundle.main.bundleURL, URL(fileURLWithPath: CommandLine.arguments[0])]
            .map { $0.deletingLastPathComponent().appendingPathComponent("newsreader") }
        return (candidates.first { FileManager.default.isExecutableFile(atPath: $0.path) } ?? candidates[0]).path
    }()

    /// Tests/EndToEndTests/Fixtures/Library, copied into the bundle (`.copy("Fixtures")`).
    static var library: String {
        Bundle.module.url(forResource: "Fixtures", withExtension: nil)!.appendingPathComponent("Library").path
    }

    let folder: TemporaryFolder
    let opener: RecordingOpener
    var variables: [String: String]

    init() throws {
        folder = try TemporaryFolder()
        opener = try RecordingOpener(in: folder)
        variables = [
            "LANG": "C.UTF-8",
            "LC_ALL": "C.UTF-8",
            // The tmux server inherits the test process's environment, and a test runner may set
            // NO_COLOR; an empty value means colours are allowed (no-color.org).
            "NO_COLOR": "",
            // Split on whitespace by the reader: "/bin/sh /tmp/…/record-opener".
            "NEWSREADER_OPENER": opener.command.joined(separator: " "),
            "XDG_CACHE_HOME": try folder.subfolder("cache"),
            "XDG_DATA_HOME": try folder.subfolder("data"),
            "XDG_CONFIG_HOME": try folder.subfolder("config"),
            "XDG_STATE_HOME": try folder.subfolder("state"),
        ]
    }

    /// The same run with more variables.
    func adding(_ more: [String: String]) -> ReaderEnvironment {
        ReaderEnvironment(folder: folder, opener: opener, variables: variables.merging(more) { $1 })
    }

    private init(folder: TemporaryFolder, opener: RecordingOpener, variables: [String: String]) {
        self.folder = folder
        self.opener = opener
        self.variables = variables
    }

    /// Starts the reader on the fixture library in a 100×30 tmux session.
    func startReader(width: Int = 100, height: Int = 30) throws -> TmuxSession {
        try TmuxSession(command: [Self.binary, "--library", Self.library], environment: variables, folder: folder,
                        width: width, height: height)
    }
}
