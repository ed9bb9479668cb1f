import Dispatch
import Foundation
import NewsCore
import NewsImages
import NewsUI
import Synchronization

/// Draws the reader's pictures on a background queue, so text shows at once and a slow or
/// broken image never holds up keys; the loop collects the answers with ``takeFinished()``.
///
/// The reader draws symbols through curses, whose colours are palette indices: true colour and
/// the pixel protocols fall back to 256-colour symbols here.
public final class PictureWorker: Sendable {
    private let presenter: ImagePresenter
    private let depth: ImageColorDepth
    private let ambiguousWide: Bool
    private let queue = DispatchQueue(label: "newsreader.pictures", qos: .userInitiated)

    private struct Inbox: Sendable {
        var finished: [Msg] = []
        var pending = 0
    }

    private let inbox = Mutex(Inbox())

    /// A worker for `mode` on this terminal, or nil when pictures are off (mode `off`, NO_COLOR,
    /// a monochrome terminal).
    public init?(libraryRoot: URL, mode: ImageMode, environment: [String: String], ambiguousWide: Bool) {
        switch ImageModeSelector.select(mode, environment: TerminalImageEnvironment(variables: environment)) {
        case .placeholders: return nil
        case .symbols(.indexed16): depth = .indexed16
        default: depth = .indexed256
        }
        presenter = ImagePresenter(libraryRoot: libraryRoot)
        self.ambiguousWide = ambiguousWide
    }

    func submit(_ request: PictureRequest) {
        inbox.withLock { $0.pending += 1 }
        queue.async { [self] in
            let answer = draw(request)
            inbox.withLock { inbox in
                inbox.finished.append(answer)
                inbox.pending -= 1
            }
        }
    }

    /// Answers ready since the last call, oldest first.
    func takeFinished() -> [Msg] {
        inbox.withLock { inbox in
            defer { inbox.finished.removeAll() }
            return inbox.finished
        }
    }

    /// Whether a picture is still being drawn (the loop then looks again soon).
    var isBusy: Bool { inbox.withLock { $0.pending > 0 } }

    private func draw(_ request: PictureRequest) -> Msg {
        let image = ArticleImage(reference: request.reference, alt: "", block: request.block)
        let drawRequest = DrawRequest(output: .symbols(depth), maxColumns: request.maxColumns, maxRows: request.maxRows,
                                      ambiguousWide: ambiguousWide, enlarges: request.fillsScreen)
        switch presenter.show(image, articlePath: request.articlePath, request: drawRequest) {
        case .drawn(.symbols(let grid)):
            return .pictureDrawn(request, Self.cells(grid))
        case .drawn(.sequence):
            return .pictureFailed(request, reason: "pixel protocols are not drawn in the reader")
        case .placeholder(let reason):
            return .pictureFailed(request, reason: reason ?? "pictures are off")
        }
    }

    static func cells(_ grid: SymbolGrid) -> PictureCells {
        func index(_ color: CellColor) -> Int16 {
            switch color {
            case .terminalDefault, .rgb: return -1
            case .indexed(let value): return Int16(value)
            }
        }
        return PictureCells(columns: grid.columns, rows: grid.rows, cells: grid.cells.map { cell in
            PictureCell(symbol: String(Character(cell.symbol)),
                        colors: PictureColors(foreground: index(cell.foreground), background: index(cell.background)))
        })
    }
}
