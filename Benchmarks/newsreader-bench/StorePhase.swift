import Foundation
import NewsCore
import NewsStore

/// One phase of the store benchmark, run in a child process of its own so that its peak RSS is
/// its own and a "warm launch" starts from a cold process, as the user's does.
///
/// `newsreader-bench store-phase PHASE LIBRARY CACHE` prints one line `key=value …` on stdout.
enum StorePhase {
    static func run(_ arguments: [String]) throws {
        guard arguments.count == 4 else { throw UsageError("store-phase PHASE LIBRARY CACHE") }
        let library = URL(fileURLWithPath: arguments[2])
        let locations = StoreLocations(cacheDirectory: URL(fileURLWithPath: arguments[3]),
                                       dataDirectory: URL(fileURLWithPath: arguments[3]).appendingPathComponent("data"))
        switch arguments[1] {
        case "build":
            // A first launch on an empty cache: usable when open returns (list, facets, articles);
            // searchable once the background fill of the search index has finished.
            let timed = try Timing.measure { try LibraryCatalog.open(root: library, locations: locations) }
            let cpuUsable = Timing.processorSeconds()
            let fill = try Timing.measure { try timed.result.waitUntilSearchReady() }
            print(line(["seconds": timed.seconds, "searchReady": timed.seconds + fill.seconds,
                        "cpuUsable": cpuUsable, "cpuAll": Timing.processorSeconds(),
                        "articles": Double(timed.result.summaries.count)]))
        case "warm":
            // To first screen data: the catalog open (walk + sync + summaries) and the state.
            let timed = try Timing.measure { () throws -> Int in
                let catalog = try LibraryCatalog.open(root: library, locations: locations)
                return catalog.summaries.count + catalog.state.read.count
            }
            print(line(["seconds": timed.seconds, "articles": Double(timed.result)]))
        case "scan":
            let timed = Timing.measure { LibraryScanner.scan(root: library.path).files.count }
            print(line(["seconds": timed.seconds, "files": Double(timed.result)]))
        case "search":
            let catalog = try LibraryCatalog.open(root: library, locations: locations)
            var times: [Double] = []
            var hits = 0
            for query in queries(for: catalog) {
                let timed = try Timing.measure { try catalog.search(query) }
                times.append(timed.seconds)
                hits += timed.result.count
                if ProcessInfo.processInfo.environment["STORE_BENCH_DEBUG"] != nil {
                    let ranked = try Timing.measure { try catalog.search(query, options: SearchOptions(limit: 1)) }
                    FileHandle.standardError.write(Data("\(query)\t\(timed.result.count)\t\(Int(timed.seconds * 1000)) ms\tlimit 1: \(Int(ranked.seconds * 1000)) ms\n".utf8))
                }
            }
            print(line(["median": Timing.median(times), "max": times.max() ?? 0, "queries": Double(times.count),
                        "hits": Double(hits)]))
        default:
            throw UsageError("unknown store phase \(arguments[1])")
        }
    }

    /// 20 queries drawn from the library itself (so they have hits): 10 CJK — whole tags and
    /// topics, their first two characters, single characters — and 10 Latin or mixed.
    static func queries(for catalog: LibraryCatalog) -> [String] {
        let names = (catalog.tagCounts() + catalog.topicCounts()).map(\.name)
        let cjk = names.filter { $0.unicodeScalars.allSatisfy { $0.value >= 0x3400 } }
        let latin = names.filter { $0.unicodeScalars.allSatisfy { $0.isASCII } }
        let mixed = names.filter { name in name.unicodeScalars.contains { $0.isASCII } && name.unicodeScalars.contains { $0.value >= 0x3400 } }
        var chinese = Array(cjk.prefix(4))
        chinese += cjk.dropFirst(4).prefix(3).map { String($0.prefix(2)) }
        chinese += cjk.dropFirst(7).prefix(3).map { String($0.prefix(1)) }
        var other = Array(latin.prefix(4))
        other += latin.dropFirst(4).prefix(3).map { String($0.lowercased().prefix(4)) }
        other += mixed.prefix(3)
        return chinese + other
    }

    private static func line(_ values: [String: Double]) -> String {
        var values = values
        values["peakKiB"] = Double(PeakMemory.peakKiB() ?? 0)
        return values.keys.sorted().map { "\($0)=\(values[$0]!)" }.joined(separator: " ")
    }

    /// Parses a `key=value …` line back.
    static func parse(_ line: String) -> [String: Double] {
        var values: [String: Double] = [:]
        for pair in line.split(separator: " ") {
            let parts = pair.split(separator: "=", maxSplits: 1)
            if parts.count == 2, let value = Double(parts[1]) { values[String(parts[0])] = value }
        }
        return values
    }
}
