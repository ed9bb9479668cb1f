import CNcursesw
import NewsCore
import NewsUI
#if canImport(Glibc)
import Glibc
import TerminalSeam
#endif

/// The ncursesw terminal: takes over the screen, decodes keys, draws frames by difference.
///
/// Call ``TerminalLocale/prepare()`` first, and install the runtime's own SIGINT/SIGTERM
/// handlers before ``start()``: ncurses installs its handlers only for signals still at their
/// default action when it starts (lib_tstp.c), and keeps SIGTSTP and SIGWINCH, which it handles
/// well (Ctrl-Z leaves and restores the screen; a resize becomes `KEY_RESIZE`).
public final class CursesTerminal: TerminalBackend {
    private let wantsColours: Bool
    private let theme: Theme
    private let wantsMouse: Bool
    private var screen: OpaquePointer?
    private var depth = ColorDepth.none
    private var pairs = ColourPairs()
    private var previous: ScreenBuffer?
    /// Mouse events read together and not yet handed out (see ``readMouseEvents()``).
    private var queuedMouse: [MouseEvent] = []
    private var looks: [CellStyle: (attributes: attr_t, pair: Int16)] = [:]
    private var cellText: [wchar_t]
    public private(set) var emergencyResetSequence: [UInt8] = TerminalResetSequence.fallback

    /// - Parameters:
    ///   - theme: the role styles; colours the terminal lacks become the nearest it has.
    ///   - colours: false keeps the monochrome look even where colours exist (`NO_COLOR`).
    public init(theme: Theme = .standard, colours: Bool = true, mouse: Bool = true) {
        self.theme = theme
        wantsMouse = mouse
        wantsColours = colours
        cellText = Array(repeating: 0, count: Int(cn_cell_capacity()) + 1)
    }

    public var size: (width: Int, height: Int) {
        screen == nil ? (0, 0) : (Int(cn_cols()), Int(cn_lines()))
    }

    // MARK: - Start and stop

    public func start() throws {
        guard screen == nil else { return }
        // newterm rather than initscr: initscr exits the process when TERM is unknown.
        guard let output = fdopen(STDOUT_FILENO, "w"), let input = fdopen(STDIN_FILENO, "r"),
              let newScreen = newterm(nil, output, input) else {
            let name = getenv("TERM").map { String(cString: $0) } ?? ""
            throw TerminalError("cannot start the terminal: TERM '\(name)' is not a terminal curses knows")
        }
        screen = newScreen
        cbreak()  // keys arrive at once; Ctrl-C and Ctrl-Z still raise their signals (unlike raw)
        noecho()
        nonl()
        keypad(cn_stdscr(), true)
        intrflush(cn_stdscr(), false)
        curs_set(0)
        set_escdelay(25)  // Esc is a key here, not only a prefix: 25 ms tells the two apart
        // Clicks and the wheel come to the reader; Shift with the mouse still selects text in
        // most terminals. Terminals without mouse reporting simply send nothing.
        let mouseOn = wantsMouse && cn_enable_mouse() != 0
        depth = wantsColours && Self.startColours() ? ColorDepth(colours: Int(cn_colors())) : .none
        pairs = ColourPairs()
        looks = [:]
        emergencyResetSequence = TerminalResetSequence.fromTerminfo(mouse: mouseOn)
        previous = nil
    }

    /// Writes OSC 52 straight to the terminal: curses has flushed the last frame, and the
    /// sequence moves no cursor, so curses' picture of the screen stays true.
    public func setClipboard(_ text: String) {
        guard screen != nil else { return }
        let bytes = TerminalEscapes.setClipboard(text)
        bytes.withUnsafeBytes { raw in
            var written = 0
            while written < raw.count {
                let count = write(STDOUT_FILENO, raw.baseAddress! + written, raw.count - written)
                if count < 0 && errno == EINTR { continue }
                if count <= 0 { return }
                written += count
            }
        }
    }

    public func stop() {
        guard screen != nil else { return }
        endwin()  // restores the tty modes and leaves the alternate screen
        delscreen(screen)
        screen = nil
    }

    /// Starts colours with the terminal's own default foreground and background (-1), so normal
    /// text looks as the user's terminal does; false where that is impossible (`TERM=vt100`).
    private static func startColours() -> Bool {
        has_colors() && start_color() == OK && use_default_colors() == OK && cn_colors() >= 8
    }

    // MARK: - Input

    public func nextInput(waitingAtMost milliseconds: Int) -> TerminalInput {
        guard screen != nil else { return .none }
        if !queuedMouse.isEmpty { return .mouse(queuedMouse.removeFirst()) }
        cn_timeout(Int32(clamping: milliseconds))
        var value: wint_t = 0
        errno = 0
        let status = cn_get_wch(&value)
        // A terminal that went away without a SIGHUP (EOF, EIO on a closed pty) makes every read
        // fail at once; without this the loop would spin at full CPU forever.
        if status == ERR, errno == EIO || isatty(STDIN_FILENO) == 0 { return .ended }
        switch KeyDecoder.decode(status: status, value: UInt32(value)) {
        case .key(let key):
            return .key(key)
        case .resize:
            // ncurses has already resized its screens (resizeterm); redraw everything.
            previous = nil
            return .resized(width: Int(cn_cols()), height: Int(cn_lines()))
        case .mouse:
            queuedMouse = Self.readMouseEvents()
            return queuedMouse.isEmpty ? .none : .mouse(queuedMouse.removeFirst())
        case .ignored:
            return .none
        }
    }

    /// Every mouse event ncurses holds, oldest first. Reports that arrive together (a quick
    /// double click, or clicks sent while the reader was busy) come as one `KEY_MOUSE`, and
    /// `getmouse` hands back the newest first: reading only one lost the others.
    private static func readMouseEvents() -> [MouseEvent] {
        var events: [MouseEvent] = []
        var row: Int32 = 0, column: Int32 = 0
        var state: mmask_t = 0
        // ncurses keeps at most a handful of events; the bound only guards against a loop.
        var reads = 0
        while reads < 32, cn_read_mouse(&row, &column, &state) == OK {
            reads += 1
            if let event = KeyDecoder.mouse(state: state, row: row, column: column) { events.append(event) }
        }
        return events.reversed()
    }

    // MARK: - Drawing

    public func draw(_ buffer: ScreenBuffer) {
        guard screen != nil else { return }
        let diff = ScreenDiff(from: previous, to: buffer)
        if diff.isFullRedraw { werase(cn_stdscr()) }
        for position in diff.cells {
            put(buffer[position.row, position.column], row: position.row, column: position.column)
        }
        wnoutrefresh(cn_stdscr())
        doupdate()
        previous = buffer
    }

    /// Writes one cell. Errors are ignored on purpose: the bottom-right cell reports ERR
    /// (the cursor cannot advance past it) although it is drawn, and a frame larger than a
    /// just-shrunk terminal is clipped by curses.
    private func put(_ cell: Cell, row: Int, column: Int) {
        let look = look(for: cell.style)
        var count = 0
        for scalar in cell.text.unicodeScalars where count < cellText.count - 1 {
            cellText[count] = wchar_t(bitPattern: scalar.value)
            count += 1
        }
        if count == 0 { cellText[0] = 0x20; count = 1 }  // a stray continuation cell shows as a blank
        cellText[count] = 0
        _ = cellText.withUnsafeBufferPointer { text in
            cn_put_cell(Int32(row), Int32(column), text.baseAddress, look.attributes, look.pair)
        }
    }

    private func look(for style: CellStyle) -> (attributes: attr_t, pair: Int16) {
        if let cached = looks[style] { return cached }
        let appearance = theme.appearance(for: style, depth: depth)
        var attributes = cn_attr_normal()
        let table: [(CellAppearance.Attributes, attr_t)] = [
            (.bold, cn_attr_bold()), (.dim, cn_attr_dim()), (.italic, cn_attr_italic()),
            (.underline, cn_attr_underline()), (.reverse, cn_attr_reverse()),
        ]
        for (flag, attribute) in table where appearance.attributes.contains(flag) { attributes |= attribute }
        let pair = appearance.hasColour ? pairs.pair(foreground: appearance.foreground ?? -1, background: appearance.background ?? -1) : 0
        looks[style] = (attributes, pair)
        return (attributes, pair)
    }
}

/// Colour pairs made on first use: a theme may name any of 256 × 256 combinations, and curses
/// needs a numbered pair for each one drawn. Past the terminal's `COLOR_PAIRS` a cell keeps the
/// terminal's colours (its attributes still apply).
private struct ColourPairs {
    private var numbers: [Int32: Int16] = [:]

    mutating func pair(foreground: Int16, background: Int16) -> Int16 {
        let key = Int32(foreground) << 16 | Int32(UInt16(bitPattern: background))
        if let number = numbers[key] { return number }
        let next = numbers.count + 1
        guard next < min(Int(cn_color_pairs()), Int(Int16.max)) else { return 0 }
        init_pair(Int16(next), foreground, background)
        numbers[key] = Int16(next)
        return Int16(next)
    }
}
