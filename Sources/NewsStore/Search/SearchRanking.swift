import GRDB
import GRDBSQLite

/// `newsreader_rank(search)`: an FTS5 ranking function, bm25 without its inverse document frequency.
///
/// Why not FTS5's `bm25()`: it weighs each phrase by how rare it is, and finds that out by
/// counting every row that matches the phrase — for a common word (`数据`) a scan of the whole
/// index, 30 ms at 100k articles, however few rows the query then scores. Every hit of an AND
/// query holds every phrase, so that weight only sets phrases against one another; without it, the
/// order within one phrase is bm25's, and the cost is only that of the rows scored.
enum SearchRanking {
    static let name = "newsreader_rank"

    /// Column weights: title, summary, tags, topics, body. Title hits are ranked first anyway;
    /// the weights order the rest so a summary or tag hit beats a passing mention.
    static let weights: [Double] = [10, 4, 3, 3, 1]

    /// bm25's usual constants: how fast more occurrences stop counting, and how much length does.
    static let k1 = 1.2, b = 0.75

    /// Adds the function to a connection (every index connection has it, as it has the tokenizer).
    static func register(_ db: Database) {
        let api = UnsafeMutablePointer(mutating: FTS5.api(db))
        _ = api.pointee.xCreateFunction(api, name, nil, rankRow, nil)
    }

    /// The score of one row from its counts of matches per column and its column lengths.
    static func score(matches: [Int32], lengths: [Int32], averageLengths: [Double]) -> Double {
        var score = 0.0
        for column in matches.indices where matches[column] > 0 {
            let count = Double(matches[column])
            let relativeLength = Double(lengths[column]) / max(averageLengths[column], 1)
            let weight = column < weights.count ? weights[column] : 1
            score += weight * count * (k1 + 1) / (count + k1 * (1 - b + b * relativeLength))
        }
        return score
    }
}

/// The C callback FTS5 calls for each row: higher is better.
private func rankRow(api: UnsafePointer<Fts5ExtensionApi>?, fts: OpaquePointer?, context: OpaquePointer?,
                     argumentCount: Int32, arguments: UnsafeMutablePointer<OpaquePointer?>?) {
    guard let api = api?.pointee else { return }
    let columns = Int(api.xColumnCount(fts))
    var instances: Int32 = 0, rows: Int64 = 0
    guard api.xInstCount(fts, &instances) == SQLITE_OK, api.xRowCount(fts, &rows) == SQLITE_OK else {
        sqlite3_result_error(context, "newsreader_rank: no match information", -1)
        return
    }
    var matches = [Int32](repeating: 0, count: columns)
    for instance in 0..<instances {
        var phrase: Int32 = 0, column: Int32 = 0, offset: Int32 = 0
        if api.xInst(fts, instance, &phrase, &column, &offset) == SQLITE_OK, Int(column) < columns {
            matches[Int(column)] += 1
        }
    }
    var lengths = [Int32](repeating: 0, count: columns), averages = [Double](repeating: 1, count: columns)
    for column in 0..<columns where matches[column] > 0 {
        var total: Int64 = 0
        _ = api.xColumnSize(fts, Int32(column), &lengths[column])
        if api.xColumnTotalSize(fts, Int32(column), &total) == SQLITE_OK, rows > 0 {
            averages[column] = Double(total) / Double(rows)
        }
    }
    sqlite3_result_double(context, SearchRanking.score(matches: matches, lengths: lengths, averageLengths: averages))
}
