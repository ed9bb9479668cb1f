import Foundation

// newsreader-bench: a seeded synthetic library generator and the benchmarks that run on it.
if ReaderTimingCommand.handles(Array(CommandLine.arguments.dropFirst())) { exit(0) }
if MatchingCommand.handles(Array(CommandLine.arguments.dropFirst())) { exit(0) }
do {
    if ["store", "store-phase"].contains(CommandLine.arguments.dropFirst().first ?? "") { try StoreBench.main(Array(CommandLine.arguments.dropFirst())); exit(0) }
    if ["scale", "scale-phase"].contains(CommandLine.arguments.dropFirst().first ?? "") { try ScaleCommand.main(Array(CommandLine.arguments.dropFirst())); exit(0) }
    switch try BenchCommand.parse(Array(CommandLine.arguments.dropFirst())) {
    case .generate(let directory, let count, let seed, let malformed):
        try GenerateCommand.run(directory: directory, count: count, seed: seed, malformed: malformed)
    case .run(let sizes, let seed, let malformed):
        try RunCommand.run(sizes: sizes, seed: seed, malformed: malformed)
    case .typeset(let count, let seed, let runs):
        try TypesetCommand.run(count: count, seed: seed, runs: runs)
    case .pathological(let runs):
        PathologicalCommand.run(runs: runs)
    case .images(let runs, let columns):
        try ImagesCommand.run(runs: runs, columns: columns)
    case .parseBodies(let directories, let runs, let dump):
        try ParseBodiesCommand.run(directories: directories, runs: runs, dump: dump)
    case .help:
        print(BenchCommand.usage)
    }
} catch let error as UsageError {
    FileHandle.standardError.write(Data("newsreader-bench: \(error)\n\n\(BenchCommand.usage)\n".utf8))
    exit(2)
} catch {
    FileHandle.standardError.write(Data("newsreader-bench: \(error)\n".utf8))
    exit(1)
}
