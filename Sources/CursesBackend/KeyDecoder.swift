import CNcursesw
import NewsUI

/// Turns what `get_wch` returned into a ``KeyEvent``.
///
/// `get_wch` (curs_get_wch(3X)) answers `OK` with a character, `KEY_CODE_YES` with a function-key
/// code (keypad mode is on), or `ERR` (timeout or interrupted read).
public enum KeyDecoder {
    /// One decoded read.
    public enum Decoded: Equatable, Sendable {
        case key(KeyEvent)
        /// `KEY_RESIZE`: the caller asks curses for the new size.
        case resize
        /// `KEY_MOUSE`: the caller reads the event with `getmouse` and decodes it with ``mouse(state:row:column:)``.
        case mouse
        /// Nothing the reader uses (an unknown function key, a stray control character) or no input.
        case ignored
    }

    /// Decodes the status and value of one `get_wch` call.
    public static func decode(status: Int32, value: UInt32) -> Decoded {
        switch status {
        case OK: return decodeCharacter(value)
        case KEY_CODE_YES: return decodeFunctionKey(Int32(bitPattern: value))
        default: return .ignored
        }
    }

    // MARK: - Characters

    /// Control characters first: with `nonl` Enter arrives as CR (13), some terminals send LF;
    /// Backspace is DEL (127) or BS (8) depending on the terminal's `stty erase`.
    static func decodeCharacter(_ value: UInt32) -> Decoded {
        switch value {
        case 9: return .key(.tab)
        case 10, 13: return .key(.enter)
        case 27: return .key(.escape)
        case 8, 127: return .key(.backspace)
        case 1...26:
            // Ctrl-A is 1 … Ctrl-Z is 26 (ASCII); Tab, Enter and Backspace are taken above.
            return .key(.control(Character(Unicode.Scalar(UInt8(value) + 0x60))))
        case 0...31, 0x80...0x9F:
            return .ignored
        default:
            guard let scalar = Unicode.Scalar(value) else { return .ignored }
            return .key(.character(Character(scalar)))
        }
    }

    // MARK: - Mouse

    /// The event of a `getmouse` button state, or nil for what the reader ignores (releases,
    /// other buttons, drags).
    public static func mouse(state: mmask_t, row: Int32, column: Int32) -> MouseEvent? {
        let kind: MouseEvent.Kind
        if state & cn_mouse_wheel_up() != 0 {
            kind = .wheelUp
        } else if state & cn_mouse_wheel_down() != 0 {
            kind = .wheelDown
        } else if state & cn_mouse_press() != 0 {
            kind = .press
        } else {
            return nil
        }
        return MouseEvent(kind, row: Int(row), column: Int(column))
    }

    // MARK: - Function keys

    /// Keypad keys map to what they are labelled: the keypad's corners (A1, A3, C1, C3) are
    /// Home, PgUp, End and PgDn on a PC keypad (curs_getch(3X)), and some terminals send Find
    /// and Select for Home and End.
    static func decodeFunctionKey(_ code: Int32) -> Decoded {
        switch code {
        case KEY_RESIZE: return .resize
        case KEY_MOUSE: return .mouse
        case KEY_UP: return .key(.up)
        case KEY_DOWN: return .key(.down)
        case KEY_LEFT: return .key(.left)
        case KEY_RIGHT: return .key(.right)
        case KEY_PPAGE, KEY_A3: return .key(.pageUp)
        case KEY_NPAGE, KEY_C3: return .key(.pageDown)
        case KEY_HOME, KEY_A1, KEY_FIND: return .key(.home)
        case KEY_END, KEY_C1, KEY_LL, KEY_SELECT: return .key(.end)
        case KEY_ENTER: return .key(.enter)
        case KEY_BACKSPACE: return .key(.backspace)
        case KEY_DC: return .key(.delete)
        case KEY_BTAB: return .key(.backTab)
        default: return .ignored
        }
    }
}
