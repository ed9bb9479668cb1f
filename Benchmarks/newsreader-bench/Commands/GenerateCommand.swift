import Foundation

/// `newsreader-bench generate DIR --count N [--seed S] [--malformed K]`.
enum GenerateCommand {
    static func run(directory: String, count: Int, seed: UInt64, malformed: Int) throws {
        let root = URL(fileURLWithPath: directory)
        let generator = LibraryGenerator(seed: seed, count: count, malformed: malformed)
        let timed = try Timing.measure { try generator.generate(into: root) }
        print(Report.generationLine(timed.result, seconds: timed.seconds))
    }
}
