import NewsUI
import TerminalSeam

/// A terminal that plays scripted input and keeps every frame drawn.
final class FakeTerminal: TerminalBackend {
    var size: (width: Int, height: Int)
    private var script: [TerminalInput]
    private(set) var frames: [ScreenBuffer] = []
    private(set) var isStarted = false
    /// Called before each read, so a test can act "between keys" (raise a signal flag).
    var beforeRead: (Int) -> Void = { _ in }
    private var reads = 0

    init(width: Int = 80, height: Int = 24, script: [TerminalInput] = []) {
        size = (width, height)
        self.script = script
    }

    func start() throws { isStarted = true }
    func stop() { isStarted = false }
    var emergencyResetSequence: [UInt8] { [] }

    func nextInput(waitingAtMost milliseconds: Int) -> TerminalInput {
        beforeRead(reads)
        reads += 1
        guard !script.isEmpty else { return .ended }
        let input = script.removeFirst()
        if case .resized(let width, let height) = input { size = (width, height) }
        return input
    }

    func draw(_ buffer: ScreenBuffer) {
        frames.append(buffer)
    }

    /// What OSC 52 would have put on the clipboard, in order.
    private(set) var clipboard: [String] = []

    func setClipboard(_ text: String) {
        clipboard.append(text)
    }

    /// The last frame's text.
    var screen: [String] { frames.last?.lines ?? [] }
}
