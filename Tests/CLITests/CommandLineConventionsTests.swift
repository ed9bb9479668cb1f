import Foundation
import Testing

/// `--version`, shell completion and the committed man page (issue #7, "CLI conventions").
@Suite("Command-line conventions")
struct CommandLineConventionsTests {
    /// Every subcommand, as `newsreader --help` lists them.
    private func subcommands() throws -> [String] {
        let help = try CLIRunner.run(["--help"]).stdout
        let section = try #require(help.components(separatedBy: "SUBCOMMANDS:").last)
        return section.split(separator: "\n").compactMap { line in
            let words = line.split(separator: " ")
            guard line.hasPrefix("  "), !line.hasPrefix("   "), !line.contains("See '"), let first = words.first else { return nil }
            return String(first)
        }
    }

    @Test("--version prints the version and exits 0")
    func version() throws {
        let output = try CLIRunner.run(["--version"])
        #expect(output.status == 0)
        #expect(output.stdout.range(of: #"^\d+\.\d+\.\d+\n$"#, options: .regularExpression) != nil)
    }

    @Test("completion scripts for bash, zsh and fish know every subcommand", arguments: ["bash", "zsh", "fish"])
    func completion(shell: String) throws {
        let output = try CLIRunner.run(["--generate-completion-script", shell])
        #expect(output.status == 0)
        let names = try subcommands()
        #expect(names.contains("open") && names.contains("config"))
        for name in names where name != "help" {
            #expect(output.stdout.contains(name), "\(shell) completion lacks \(name)")
        }
    }

    @Test("the committed man page documents every subcommand and option of --help (regenerate it when this fails)")
    func manPage() throws {
        let page = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
            .appendingPathComponent("../../man/newsreader.1").standardizedFileURL
        let text = try String(contentsOf: page, encoding: .utf8)
        for name in try subcommands() {
            #expect(text.contains(".It Em \(name)"), "newsreader.1 lacks the subcommand \(name)")
            guard name != "help" else { continue }
            let help = try CLIRunner.run([name, "--help"]).stdout
            // Every long option of the subcommand's help is in the page (as `Fl -name`).
            for option in help.matches(of: /\s--([a-z][a-z-]*)/).map({ String($0.1) }) where option != "help" {
                #expect(text.contains("Fl -\(option)"), "newsreader.1 lacks \(name) --\(option)")
            }
        }
    }
}
