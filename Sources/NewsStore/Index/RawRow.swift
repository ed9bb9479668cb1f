import GRDB
import GRDBSQLite

/// A row read straight from SQLite's C API, for the two loops that touch every article at launch
/// (comparing with the folder, reading summaries): GRDB's `Row` decoding cost about a microsecond
/// per column there, a third of a warm launch at 100k articles.
struct RawRow {
    fileprivate let statement: SQLiteStatement

    func int64(_ column: CInt) -> Int64 {
        sqlite3_column_int64(statement, column)
    }

    func int(_ column: CInt) -> Int {
        Int(sqlite3_column_int64(statement, column))
    }

    func double(_ column: CInt) -> Double {
        sqlite3_column_double(statement, column)
    }

    func bool(_ column: CInt) -> Bool {
        sqlite3_column_int64(statement, column) != 0
    }

    /// The column as text, or nil when it is NULL.
    func text(_ column: CInt) -> String? {
        guard let bytes = sqlite3_column_text(statement, column) else { return nil }
        return String(decoding: UnsafeBufferPointer(start: bytes, count: Int(sqlite3_column_bytes(statement, column))), as: UTF8.self)
    }

    /// A list column (``IndexRecord/joined(_:)``) split on its separator byte straight from
    /// SQLite's buffer: the tags and topics of every article are read at each launch.
    func list(_ column: CInt) -> [String] {
        guard let bytes = sqlite3_column_text(statement, column) else { return [] }
        let text = UnsafeBufferPointer(start: bytes, count: Int(sqlite3_column_bytes(statement, column)))
        guard !text.isEmpty else { return [] }
        var items: [String] = []
        var start = 0
        for index in text.indices where text[index] == 0x1F {
            items.append(String(decoding: UnsafeBufferPointer(rebasing: text[start..<index]), as: UTF8.self))
            start = index + 1
        }
        items.append(String(decoding: UnsafeBufferPointer(rebasing: text[start...]), as: UTF8.self))
        return items
    }

    /// The column as text, empty when NULL.
    func string(_ column: CInt) -> String {
        text(column) ?? ""
    }
}

extension Database {
    /// Runs `sql` (no arguments) and calls `body` with each row.
    func forEachRawRow(sql: String, _ body: (RawRow) throws -> Void) throws {
        let statement = try makeStatement(sql: sql)
        let handle = statement.sqliteStatement
        sqlite3_reset(handle)
        while true {
            let code = sqlite3_step(handle)
            if code == SQLITE_DONE { break }
            guard code == SQLITE_ROW else {
                throw DatabaseError(resultCode: ResultCode(rawValue: code), message: String(cString: sqlite3_errmsg(sqliteConnection)), sql: sql)
            }
            try body(RawRow(statement: handle))
        }
    }
}
