import Foundation
import NewsCore
import NewsStore
import NewsUI
import TerminalSeam

/// The interactive reader's loop: input → `update` → effects (answers fed back) → `render` → draw.
///
/// Everything outside is injected — the terminal, the library (through ``EffectPerformer``), the
/// signal flag and the child reaper — so tests drive the loop with a fake terminal.
public final class AppRuntime {
    /// How the loop ended.
    public enum Outcome: Equatable {
        /// The user quit (exit status 0).
        case quit
        /// SIGINT, SIGTERM or SIGHUP arrived (exit status 128 + the signal).
        case signalled(Int32)
        /// The terminal stopped delivering input (it closed, or the fake ran out of keys).
        case inputEnded

        public var exitStatus: Int32 {
            switch self {
            case .quit: return 0
            case .signalled(let signal): return 128 + signal
            case .inputEnded: return 1
            }
        }
    }

    /// How long one read may block before the loop looks at the signal flag and reaps children.
    static let pollMilliseconds = 250
    /// Keys already waiting (a paste, a held key) are handled before the next frame, up to this many.
    static let batchLimit = 64

    private(set) var app: NewsApp
    private let terminal: any TerminalBackend
    private let performer: EffectPerformer
    private let pendingSignal: () -> Int32?
    private let reapChildren: () -> Void
    private var quitRequested = false
    /// Whether the library screen lists drafts (`show_drafts`).
    private let includeDrafts: Bool
    /// The configuration file's warnings, shown with the library's problems.
    private let configurationWarnings: [Problem]
    /// When the background work's line is redrawn.
    private var indexingPacer = IndexingLinePacer()

    public init(terminal: any TerminalBackend, performer: EffectPerformer, configuration: Configuration = .defaults,
                pendingSignal: @escaping () -> Int32? = TerminationSignals.take,
                reapChildren: @escaping () -> Void = {}) {
        let size = terminal.size
        app = NewsApp(width: size.width, height: size.height, keymap: configuration.keymap,
                        dateFormat: configuration.dateFormat)
        app.lineBreak = configuration.lineBreak
        app.pictures = performer.pictures != nil
        app.textWidth = configuration.textWidth
        includeDrafts = configuration.showDrafts
        configurationWarnings = configuration.warnings
        self.terminal = terminal
        self.performer = performer
        self.pendingSignal = pendingSignal
        self.reapChildren = reapChildren
    }

    // MARK: - Launch

    /// Draws what the UI shows before it has a library (its loading screen), with `status` (a
    /// first build's progress) under it.
    public static func drawLoadingFrame(on terminal: any TerminalBackend, status: String? = nil) {
        let size = terminal.size
        var app = NewsApp(width: size.width, height: size.height)
        app.loadingStatus = status
        _ = app.update(.resized(width: size.width, height: size.height))
        terminal.draw(app.render())
    }

    /// Sends the terminal size, then the library, and draws the library screen.
    public func start() {
        let size = terminal.size
        send(.resized(width: size.width, height: size.height))
        send(.libraryLoaded(librarySnapshot()))
        drawFrame()
    }

    /// The library as it stands, with the configuration's warnings among its problems.
    private func librarySnapshot() -> LibrarySnapshot {
        var snapshot = performer.library.snapshot(includeDrafts: includeDrafts)
        snapshot.problemList = snapshot.problemList.adding(before: configurationWarnings)
        return snapshot
    }

    /// Renders the current screen and draws it (the terminal writes only what changed).
    public func drawFrame() {
        terminal.draw(app.render())
    }

    // MARK: - The loop

    /// Runs until the user quits, a termination signal arrives or input ends.
    public func run() -> Outcome {
        while true {
            if let signal = pendingSignal() {
                finishForSignal()
                return .signalled(signal)
            }
            reapChildren()
            // While a picture is being drawn, look for it often so it fills in promptly.
            var input = terminal.nextInput(waitingAtMost: performer.pictures?.isBusy == true ? 20 : Self.pollMilliseconds)
            var handled = 0
            while let msg = Self.message(for: input) {
                send(msg)
                handled += 1
                if quitRequested { return .quit }
                if handled == Self.batchLimit { break }
                input = terminal.nextInput(waitingAtMost: 0)
            }
            let pictures = performer.pictures?.takeFinished() ?? []
            pictures.forEach(send)
            let changed = deliverLibraryChanges()
            let indexing = deliverIndexing()
            if handled > 0 || !pictures.isEmpty || changed || indexing { drawFrame() }
            if input == .ended { return .inputEnded }
        }
    }

    /// Hands what the library's watcher found to the UI (at most ``pollMilliseconds`` after the
    /// re-sync finished: the read of input is the loop's only wait); true when something was sent.
    func deliverLibraryChanges() -> Bool {
        let change: LibraryChange?
        do {
            change = try performer.library.takeChange()
        } catch {
            send(.notice("\(error)"))
            return true
        }
        guard let change, !change.isEmpty else { return false }
        send(.libraryChanged(librarySnapshot(), LibraryChanges(added: change.added, updated: change.updated, removed: change.removed)))
        return true
    }

    /// Hands the UI how far the background work after a first build has got, when its line is due
    /// for a redraw (see ``IndexingLinePacer``); true when something was sent.
    func deliverIndexing() -> Bool {
        guard let msg = indexingPacer.message(for: performer.library.backgroundProgress,
                                              now: ProcessInfo.processInfo.systemUptime) else { return false }
        send(msg)
        return true
    }

    private static func message(for input: TerminalInput) -> Msg? {
        switch input {
        case .key(let key): return .key(key)
        case .mouse(let event): return .mouse(event)
        case .resized(let width, let height): return .resized(width: width, height: height)
        case .none, .ended: return nil
        }
    }

    /// Delivers `msg` and every answer its effects produce, in order.
    public func send(_ msg: Msg) {
        var queue = [msg]
        while !queue.isEmpty {
            let next = queue.removeFirst()
            for effect in app.update(next) {
                switch performer.perform(effect) {
                case .reply(let answer): queue.append(answer)
                case .done: break
                case .quit: quitRequested = true
                case .writeClipboard(let text):
                    terminal.setClipboard(text)
                    queue.append(.clipboardCopied(text))
                }
            }
        }
    }

    // MARK: - Termination by signal

    /// Tells the UI the user wants out (`quitRequested`), so it emits `savePosition` for an open
    /// article before `quit`; performs only those state writes (nothing is opened or loaded on
    /// the way out).
    private func finishForSignal() {
        for effect in app.update(.quitRequested) where EffectPerformer.isStateWrite(effect) {
            _ = performer.perform(effect)
        }
    }
}
