import Foundation
import NewsCore

/// Single-core parse throughput of ``ArticleParser`` over files already in memory.
struct ParseThroughput {
    /// One file's bytes and the arguments the parser needs.
    struct Input {
        var data: Data
        var path: String
        var id: ArticleID
    }

    var runs = 3

    /// What one measurement found.
    struct Result {
        var fileCount: Int
        var bytes: Int
        var runSeconds: [Double]
        /// Articles whose `problems` are not empty, from the last run (a sanity check on the parser).
        var articlesWithProblems: Int
        var citationCount: Int

        var bestSeconds: Double { runSeconds.min() ?? 0 }
        var megabytes: Double { Double(bytes) / 1_000_000 }
        var megabytesPerSecond: Double { bestSeconds > 0 ? megabytes / bestSeconds : 0 }
    }

    /// Reads every generated file into memory (outside the timed part).
    static func inputs(of library: GeneratedLibrary) throws -> [Input] {
        try library.files.map { file in
            let data = try Data(contentsOf: library.root.appendingPathComponent(file.relativePath))
            return Input(data: data, path: file.relativePath, id: ArticleID(file.id))
        }
    }

    /// Parses all `inputs` sequentially on the calling thread, `runs` times; keeps every run's time.
    func measure(_ inputs: [Input]) -> Result {
        // A fixed date: the parser only uses it when the front matter has none.
        let modificationDate = Date(timeIntervalSince1970: 1_750_000_000)
        var times: [Double] = []
        var withProblems = 0
        var citations = 0
        for _ in 0..<runs {
            let run = Timing.measure { () -> (Int, Int) in
                var problems = 0
                var cited = 0
                for input in inputs {
                    let article = ArticleParser.parse(data: input.data, path: input.path, id: input.id, modificationDate: modificationDate)
                    problems += article.problems.isEmpty ? 0 : 1
                    cited += article.citations.count
                }
                return (problems, cited)
            }
            times.append(run.seconds)
            (withProblems, citations) = run.result
        }
        return Result(
            fileCount: inputs.count, bytes: inputs.reduce(0) { $0 + $1.data.count }, runSeconds: times,
            articlesWithProblems: withProblems, citationCount: citations)
    }
}
