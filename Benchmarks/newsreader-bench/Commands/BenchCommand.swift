/// The command line of `newsreader-bench`, parsed by hand (two subcommands, a handful of flags).
enum BenchCommand {
    case generate(directory: String, count: Int, seed: UInt64, malformed: Int)
    case run(sizes: [Int], seed: UInt64, malformed: Int)
    case typeset(count: Int, seed: UInt64, runs: Int)
    case pathological(runs: Int)
    case images(runs: Int, columns: Int)
    case parseBodies(directories: [String], runs: Int, dump: String?)
    case help

    static let defaultSeed: UInt64 = 42
    static let defaultSizes = [1000, 10000]

    static let usage = """
        usage:
          newsreader-bench generate DIR --count N [--seed S] [--malformed K]
              write a synthetic library of N articles (plus K bad files) into DIR; the same seed
              always writes byte-identical files
          newsreader-bench run [--sizes 1000,10000] [--seed S] [--malformed K]
              generate each size into a temp dir, measure parse throughput and library load time,
              print a table, delete the temp dir
          newsreader-bench typeset [--count 1000] [--seed S] [--runs 51]
              render the built-in and a generated library at every width 8…200: rule violations,
              fill at width 40, time to render a 10 KB and a 1 MB article
          newsreader-bench pathological [--runs 3]
              parse + render time of hostile Markdown (deep nesting, runs of * [ ` <) at doubling
              sizes, and a 400,000-character paragraph
          newsreader-bench images [--runs 21] [--columns 100]
              decode + draw a generated 1920×1080 JPEG at COLUMNS wide (symbols, kitty, sixel,
              iTerm2): median time and peak memory
          newsreader-bench parse-bodies DIR... [--runs 5] [--dump FILE]
              single-core ArticleParser.parseBody throughput over every .md file under the folders
              (read into memory first); --dump writes each parsed body, to check a parser change
              leaves its output identical
        \(StoreBench.usage)
        \(ScaleCommand.usage)
        \(MatchingCommand.usage)
        defaults: --seed \(defaultSeed), --sizes \(defaultSizes.map(String.init).joined(separator: ",")), --malformed 0
        """

    /// Parses the arguments after the program name.
    static func parse(_ arguments: [String]) throws(UsageError) -> BenchCommand {
        guard let subcommand = arguments.first else { return .help }
        var flags = try Flags(Array(arguments.dropFirst()))
        switch subcommand {
        case "generate":
            guard let directory = flags.positionals.first, flags.positionals.count == 1 else {
                throw UsageError("generate needs exactly one DIR")
            }
            guard let count = try flags.integer("--count") else { throw UsageError("generate needs --count N") }
            let command = BenchCommand.generate(
                directory: directory, count: count, seed: try flags.seed(), malformed: try flags.integer("--malformed") ?? 0)
            try flags.finish()
            return command
        case "run":
            guard flags.positionals.isEmpty else { throw UsageError("run takes no positional arguments") }
            let sizes = try flags.sizes() ?? defaultSizes
            let command = BenchCommand.run(sizes: sizes, seed: try flags.seed(), malformed: try flags.integer("--malformed") ?? 0)
            try flags.finish()
            return command
        case "typeset":
            let command = BenchCommand.typeset(count: try flags.integer("--count") ?? 1000, seed: try flags.seed(),
                                               runs: max(1, try flags.integer("--runs") ?? 51))
            try flags.finish()
            return command
        case "pathological":
            let command = BenchCommand.pathological(runs: max(1, try flags.integer("--runs") ?? 3))
            try flags.finish()
            return command
        case "images":
            let command = BenchCommand.images(runs: max(1, try flags.integer("--runs") ?? 21),
                                              columns: max(1, try flags.integer("--columns") ?? 100))
            try flags.finish()
            return command
        case "parse-bodies":
            guard !flags.positionals.isEmpty else { throw UsageError("parse-bodies needs at least one DIR") }
            let command = BenchCommand.parseBodies(directories: flags.positionals, runs: max(1, try flags.integer("--runs") ?? 5),
                                                   dump: flags.string("--dump"))
            try flags.finish()
            return command
        case "help", "--help", "-h":
            return .help
        default:
            throw UsageError("unknown subcommand \(subcommand)")
        }
    }
}

/// A command line the benchmark cannot understand.
struct UsageError: Error, CustomStringConvertible {
    var description: String

    init(_ description: String) {
        self.description = description
    }
}

/// `--name value` pairs and positional arguments; every flag must be consumed exactly once.
private struct Flags {
    var values: [String: String] = [:]
    var positionals: [String] = []

    init(_ arguments: [String]) throws(UsageError) {
        var index = 0
        while index < arguments.count {
            let argument = arguments[index]
            if argument.hasPrefix("--") {
                guard index + 1 < arguments.count else { throw UsageError("\(argument) needs a value") }
                values[argument] = arguments[index + 1]
                index += 2
            } else {
                positionals.append(argument)
                index += 1
            }
        }
    }

    mutating func integer(_ name: String) throws(UsageError) -> Int? {
        guard let text = values.removeValue(forKey: name) else { return nil }
        guard let value = Int(text), value >= 0 else { throw UsageError("\(name) needs a non-negative integer, not \(text)") }
        return value
    }

    mutating func string(_ name: String) -> String? {
        values.removeValue(forKey: name)
    }

    mutating func seed() throws(UsageError) -> UInt64 {
        guard let text = values.removeValue(forKey: "--seed") else { return BenchCommand.defaultSeed }
        guard let value = UInt64(text) else { throw UsageError("--seed needs an unsigned integer, not \(text)") }
        return value
    }

    mutating func sizes() throws(UsageError) -> [Int]? {
        guard let text = values.removeValue(forKey: "--sizes") else { return nil }
        let sizes = text.split(separator: ",").compactMap { Int($0) }.filter { $0 > 0 }
        guard !sizes.isEmpty, sizes.count == text.split(separator: ",").count else {
            throw UsageError("--sizes needs positive integers separated by commas, not \(text)")
        }
        return sizes
    }

    /// Fails on any flag nobody asked for.
    func finish() throws(UsageError) {
        if let unknown = values.keys.sorted().first {
            throw UsageError("unknown flag \(unknown)")
        }
    }
}
