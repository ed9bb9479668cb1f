import ChineseText
import Foundation
import GRDB
import Synchronization

/// The Traditional→Simplified folding of search tokens (``SearchTokens``), kept in the index.
///
/// ``HanFolding`` is built from OpenCC's dictionaries on first use: about 15 ms of loading and
/// converting, which was a quarter of a warm `newsreader search`. So an index stores the folded
/// pairs when it is made (`meta.han_folding`, about 22 KB), and a search that opens it installs
/// them (``install(from:)``) before tokenising anything: no OpenCC at all. The index's text and
/// its queries then fold by the same table, even should OpenCC's data change later.
struct SearchFolding: Sendable {
    /// The ideographs HanFolding covers (CJK Extension A through the compatibility ideographs).
    private static let first: UInt32 = 0x3400, last: UInt32 = 0xFAFF

    /// `table[value - first]`: the folded value, or 0 when the character stays.
    private let table: [UInt32]

    private init(table: [UInt32]) {
        self.table = table
    }

    /// The Simplified form of a scalar value, or the value itself.
    @inline(__always)
    func fold(_ value: UInt32) -> UInt32 {
        guard value >= Self.first, value <= Self.last else { return value }
        let folded = table[Int(value - Self.first)]
        return folded == 0 ? value : folded
    }

    /// Every scalar value that folds as `value` does, `value` and its folded form included.
    func variants(of value: UInt32) -> [UInt32] {
        let target = fold(value)
        var found: Set<UInt32> = [value, target]
        for (offset, folded) in table.enumerated() where folded == target {
            found.insert(Self.first + UInt32(offset))
        }
        return found.sorted()
    }

    /// The folding tokens use: the one installed from the index, else OpenCC's.
    static var current: SearchFolding {
        installed.withLock { $0 } ?? fromOpenCC
    }

    private static let installed = Mutex<SearchFolding?>(nil)
    private static let fromOpenCC: SearchFolding = {
        let folding = HanFolding.shared
        return SearchFolding(table: (first...last).map { value in
            let folded = folding.fold(value)
            return folded == value ? 0 : folded
        })
    }()

    /// Stores the current folding in a new index.
    static func store(in db: Database) throws {
        var pairs = Data()
        for (offset, folded) in current.table.enumerated() where folded != 0 {
            for value in [first + UInt32(offset), folded] {
                withUnsafeBytes(of: value.littleEndian) { pairs.append(contentsOf: $0) }
            }
        }
        try db.execute(sql: "INSERT OR REPLACE INTO meta (key, value) VALUES ('han_folding', ?)", arguments: [pairs])
    }

    /// Makes the folding stored in the index the one every token uses from now on, in this process.
    static func install(from db: Database) throws {
        guard let pairs = try Data.fetchOne(db, sql: "SELECT value FROM meta WHERE key = 'han_folding'"),
              pairs.count % 8 == 0 else { return }
        var table = [UInt32](repeating: 0, count: Int(last - first + 1))
        pairs.withUnsafeBytes { raw in
            for pair in stride(from: 0, to: raw.count, by: 8) {
                let value = UInt32(littleEndian: raw.loadUnaligned(fromByteOffset: pair, as: UInt32.self))
                let folded = UInt32(littleEndian: raw.loadUnaligned(fromByteOffset: pair + 4, as: UInt32.self))
                if value >= first && value <= last { table[Int(value - first)] = folded }
            }
        }
        installed.withLock { $0 = SearchFolding(table: table) }
    }
}
