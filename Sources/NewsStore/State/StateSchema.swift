import GRDB

/// The state database's schema history: every version it has had, oldest first, as data.
///
/// Rules (the user's data lives here, so a schema is never edited once shipped):
/// - a shipped migration's SQL never changes; a new schema is a new entry at the end;
/// - migrations only add (tables, nullable columns) or copy data; they never drop the user's rows;
/// - every past version gets a fixture in `StateMigrationTests`, which builds a database at that
///   version with data in it, migrates it to the current version and checks nothing was lost.
///
/// Rows are keyed by (library, article): the library key tells two libraries apart in one file,
/// and the article id (its path in the library, FORMAT.md "Library layout") survives re-indexing.
enum StateSchema {
    /// One schema version: its migrator identifier and the statements that bring the previous
    /// version to it.
    struct Version: Sendable {
        let identifier: String
        let statements: [String]
    }

    /// Every version, oldest first. The last one is the current schema.
    static let versions: [Version] = [
        Version(identifier: "v1-read-marks-and-positions", statements: [
            """
            CREATE TABLE read_mark (
                library TEXT NOT NULL,
                article TEXT NOT NULL,
                PRIMARY KEY (library, article)
            ) WITHOUT ROWID
            """,
            """
            CREATE TABLE reading_position (
                library TEXT NOT NULL,
                article TEXT NOT NULL,
                block INTEGER NOT NULL,
                block_offset INTEGER NOT NULL,
                PRIMARY KEY (library, article)
            ) WITHOUT ROWID
            """,
        ]),
        Version(identifier: "v2-stars-and-timestamps", statements: [
            """
            CREATE TABLE star (
                library TEXT NOT NULL,
                article TEXT NOT NULL,
                starred_at TEXT NOT NULL,
                PRIMARY KEY (library, article)
            ) WITHOUT ROWID
            """,
            // NULL for marks and positions saved before timestamps were kept: their time is unknown,
            // and inventing one would be a lie in the user's data.
            "ALTER TABLE read_mark ADD COLUMN read_at TEXT",
            "ALTER TABLE reading_position ADD COLUMN saved_at TEXT",
        ]),
    ]

    /// The identifiers of every version, oldest first.
    static var identifiers: [String] { versions.map(\.identifier) }

    /// The current version's identifier.
    static var currentIdentifier: String { versions[versions.count - 1].identifier }

    /// A migrator that knows every version.
    ///
    /// `eraseDatabaseOnSchemaChange` stays off (its default): erasing is for disposable caches,
    /// and this database holds the user's data. GRDB runs each migration in its own immediate
    /// transaction and records it in `grdb_migrations`, so a migration is applied whole or not at all.
    static var migrator: DatabaseMigrator {
        var migrator = DatabaseMigrator()
        for version in versions {
            migrator.registerMigration(version.identifier) { db in
                for statement in version.statements {
                    try db.execute(sql: statement)
                }
            }
        }
        return migrator
    }

    /// Brings `writer` to the current version, or to `target` when given (tests build past versions).
    ///
    /// Two processes opening a new or old database at the same moment may both see a migration
    /// as pending; the loser's transaction then fails ("table already exists") once the winner
    /// commits. Running the migrator again sees the migration applied and does nothing, so a
    /// failure is retried a few times before it is reported.
    static func migrate(_ writer: any DatabaseWriter, upTo target: String? = nil) throws {
        let migrator = migrator
        let target = target ?? currentIdentifier
        var attempt = 0
        while true {
            do {
                try migrator.migrate(writer, upTo: target)
                return
            } catch let error as DatabaseError where attempt < 3 && !CorruptDatabaseRecovery.isDamage(error) {
                attempt += 1
            }
        }
    }
}
