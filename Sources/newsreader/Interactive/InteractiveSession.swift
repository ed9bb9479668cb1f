import CursesBackend
import Foundation
import NewsCore
import NewsRuntime
import NewsStore
import NewsUI
import TerminalSeam

/// One run of the full-screen reader: takes the terminal, loads the library, runs the loop,
/// and gives the terminal back on every way out.
enum InteractiveSession {
    /// - Returns: the exit status (0 on quit, 128 + the signal when one ended the reader).
    /// - Throws: ``CommandFailure`` when the terminal cannot start or the library cannot open
    ///   (printed after the terminal is restored).
    static func run(libraryURL: URL, configuration: Configuration, environment: [String: String]) throws -> Int32 {
        TerminalLocale.prepare()
        // Before curses starts, so ncurses leaves these signals to us (see TerminationSignals).
        TerminationSignals.install()
        defer { TerminationSignals.uninstall() }
        CrashGuard.saveTerminalModes()

        // Before anything is measured or drawn: ncurses and the layout share this setting.
        DisplayWidth.ambiguousWidth = configuration.ambiguousWidth.rawValue
        // NO_COLOR: any non-empty value asks for no colour (no-color.org).
        let terminal = CursesTerminal(theme: configuration.theme.theme, colours: (environment["NO_COLOR"] ?? "").isEmpty,
                                      mouse: configuration.mouse)
        do {
            try terminal.start()
        } catch let error as TerminalError {
            throw CommandFailure(error.description)
        }
        // Runs on return and on a thrown error alike: the terminal is always given back.
        defer { terminal.stop() }
        CrashGuard.arm(resetSequence: terminal.emergencyResetSequence)
        defer { CrashGuard.disarm() }

        // A first frame ("loading") before the library is read: a large library takes a moment.
        AppRuntime.drawLoadingFrame(on: terminal)
        let catalog: LibraryCatalog
        do {
            // A first build says how far it has got: `索引 12,345 / 100,000 · 4,100 篇/秒 · 约 21 秒`.
            // A warm launch lists what the index holds before the folder walk ends; the walk is
            // compared once the reader runs (startWatching), and changes show like any other.
            // A first build lists the front matter first; the bodies' details follow by themselves.
            catalog = try LibraryCatalog.open(root: libraryURL, locations: StoreLocations.fromEnvironment(environment),
                                              revalidateInBackground: true, listBeforeBodies: true) { progress in
                AppRuntime.drawLoadingFrame(on: terminal, status: progress.line)
            }
        } catch let error as LibraryError {
            throw CommandFailure(error.description)
        } catch {
            // The index or state database could not open: say so after the terminal is back.
            throw CommandFailure("cannot open the library at \(libraryURL.path): \(error)")
        }
        let spawner = ProcessSpawner()
        let opener = URLOpener(environment: environment, configured: configuration.opener, spawner: spawner)
        var performer = EffectPerformer(library: catalog, opener: opener)
        performer.pictures = PictureWorker(libraryRoot: catalog.root, mode: configuration.images, environment: environment,
                                           ambiguousWide: configuration.ambiguousWidth == .wide)
        let runtime = AppRuntime(terminal: terminal, performer: performer, configuration: configuration,
                                    reapChildren: spawner.reap)
        runtime.start()
        // Articles added, changed or removed while the reader is open show by themselves.
        let forcePolling = environment["NEWSREADER_WATCH"] == "poll"
        if case .polling(let reason) = catalog.startWatching(forcePolling: forcePolling), !forcePolling {
            runtime.send(.notice("checking the library for changes every 2 s: \(reason)"))
            runtime.drawFrame()
        }
        #if DEBUG
        DebugCrash.triggerIfAsked(environment)
        #endif
        return runtime.run().exitStatus
    }
}
