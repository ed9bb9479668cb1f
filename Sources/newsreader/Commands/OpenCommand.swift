import ArgumentParser
import Foundation
import NewsCore
import NewsRuntime
import NewsStore

/// `newsreader open ARTICLE LABEL`: opens one of an article's cited sources, under the same
/// policy as `o` in the reader (issue #6: only http, https and mailto; no shell).
struct OpenCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "open",
        abstract: "Open a citation's URL in the browser.",
        discussion: """
            LABEL is the citation's footnote label as `newsreader links ARTICLE` shows it \
            (1, ^1 and [^1] all name footnote 1).
            Only http, https and mailto URLs are opened; anything else is refused with exit status 1. \
            The opener is $NEWSREADER_OPENER, else $BROWSER, else xdg-open, split on spaces and \
            started without a shell, with the URL as one argument.
            """)

    @OptionGroup var libraryOptions: LibraryOptions
    @Argument(help: "An article id or the path of its file.") var article: String
    @Argument(help: "The citation's footnote label.") var label: String
    @Flag(help: "Print what would be opened; start nothing.") var dryRun = false
    @Flag(help: "Print JSON: {label, url, opened, opener, refusal}.") var json = false

    func run() throws {
        var refused = false
        try reportingFailures {
            let configuration = try libraryOptions.configuration()
            let catalog = try libraryOptions.openCatalog(configuration: configuration)
            let citation = try Self.citation(labelled: label, in: catalog.resolveArticle(article))
            guard let url = citation.url else {
                throw CommandFailure("footnote [^\(TerminalText.sanitize(citation.label))] cites no URL")
            }
            let opener = URLOpener(environment: ProcessInfo.processInfo.environment, configured: configuration.opener)
            let outcome: OpenOutcome
            if let refusal = URLPolicy.refusal(for: url) {
                outcome = .refused(refusal)
            } else if dryRun {
                outcome = .wouldOpen
            } else {
                switch opener.open(url) {
                case .success: outcome = .opened
                case .failure(let failure): throw CommandFailure(failure.reason)
                }
            }
            refused = outcome.isRefusal
            try report(outcome, label: citation.label, url: url, opener: opener)
        }
        // A refusal is the policy working, not a usage error: status 1, as the issue asks.
        if refused { throw ExitCode(1) }
    }

    /// The citation whose label is `label`, written bare, as `^1` or as `[^1]`.
    static func citation(labelled label: String, in article: Article) throws -> Citation {
        var wanted = Substring(label)
        if wanted.hasPrefix("["), wanted.hasSuffix("]") { wanted = wanted.dropFirst().dropLast() }
        if wanted.hasPrefix("^") { wanted = wanted.dropFirst() }
        // Footnote labels match case-insensitively, like link labels (CommonMark 0.31 §4.7).
        let normalized = LinkLabel.normalize(String(wanted))
        if let match = article.citations.first(where: { LinkLabel.normalize($0.label) == normalized }) { return match }
        let known = article.citations.map { TerminalText.sanitize($0.label) }.joined(separator: ", ")
        throw CommandFailure("no footnote [^\(TerminalText.sanitize(String(wanted)))] in \(article.path)"
            + (known.isEmpty ? " (it has no citations)" : " (labels: \(known))"))
    }

    private func report(_ outcome: OpenOutcome, label: String, url: String, opener: URLOpener) throws {
        let openerName = opener.command.joined(separator: " ")
        if json {
            try JSONOutput.write(OpenJSON(label: label, url: url, opened: outcome == .opened,
                                          opener: outcome.isRefusal ? nil : openerName, refusal: outcome.refusal))
            return
        }
        switch outcome {
        case .opened: writeOutput("opened \(TerminalText.sanitize(url)) with \(TerminalText.sanitize(openerName))\n")
        case .wouldOpen: writeOutput("would open \(TerminalText.sanitize(url)) with \(TerminalText.sanitize(openerName))\n")
        case .refused(let reason): FileHandle.standardError.write(Data("newsreader: \(reason)\n".utf8))
        }
    }
}

/// What `open` did with the URL.
private enum OpenOutcome: Equatable {
    case opened, wouldOpen
    case refused(String)

    var isRefusal: Bool { refusal != nil }
    var refusal: String? {
        if case .refused(let reason) = self { return reason }
        return nil
    }
}

/// `open --json`: every key present, `null` where absent.
private struct OpenJSON: Encodable {
    let label: String
    let url: String
    let opened: Bool
    let opener: String?
    let refusal: String?

    private enum Keys: String, CodingKey { case label, url, opened, opener, refusal }

    func encode(to encoder: Encoder) throws {
        var container = encoder.container(keyedBy: Keys.self)
        try container.encode(label, forKey: .label)
        try container.encode(url, forKey: .url)
        try container.encode(opened, forKey: .opened)
        try container.encode(opener, forKey: .opener)
        try container.encode(refusal, forKey: .refusal)
    }
}
