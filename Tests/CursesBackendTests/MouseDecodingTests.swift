import CNcursesw
import CursesBackend
import NewsUI
import Testing

@Suite("Mouse decoding")
struct MouseDecodingTests {
    @Test("button 1 presses are clicks, buttons 4 and 5 the wheel, and other states are ignored")
    func decoding() {
        #expect(KeyDecoder.mouse(state: cn_mouse_press(), row: 3, column: 7) == MouseEvent(.press, row: 3, column: 7))
        #expect(KeyDecoder.mouse(state: cn_mouse_wheel_up(), row: 0, column: 0)?.kind == .wheelUp)
        #expect(KeyDecoder.mouse(state: cn_mouse_wheel_down(), row: 0, column: 0)?.kind == .wheelDown)
        #expect(KeyDecoder.mouse(state: 1, row: 0, column: 0) == nil)  // 1: BUTTON1_RELEASED (curs_mouse(3X))
        #expect(KeyDecoder.mouse(state: 0, row: 0, column: 0) == nil)
        #expect(KeyDecoder.decode(status: KEY_CODE_YES, value: UInt32(KEY_MOUSE)) == .mouse)
    }
}
