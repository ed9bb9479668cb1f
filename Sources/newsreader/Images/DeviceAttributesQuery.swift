import Foundation
import NewsImages
#if canImport(Glibc)
import Glibc
#endif

/// Asks the terminal for its Primary Device Attributes (DA1: `ESC [ c`, answered with
/// `ESC [ ? 62 ; 4 ; … c`; 4 means sixel graphics) through `/dev/tty`, in raw mode for at most
/// `timeoutMilliseconds`. Nil when there is no terminal or no answer in time.
enum DeviceAttributesQuery {
    static func ask(timeoutMilliseconds: Int = 200) -> [Int]? {
        let tty = open("/dev/tty", O_RDWR | O_NOCTTY)
        guard tty >= 0 else { return nil }
        defer { close(tty) }
        var saved = termios()
        guard tcgetattr(tty, &saved) == 0 else { return nil }
        var raw = saved
        cfmakeraw(&raw)
        guard tcsetattr(tty, TCSANOW, &raw) == 0 else { return nil }
        defer { tcsetattr(tty, TCSANOW, &saved) }
        let query: [UInt8] = [0x1B, UInt8(ascii: "["), UInt8(ascii: "c")]
        guard write(tty, query, query.count) == query.count else { return nil }
        let deadline = ContinuousClock.now + .milliseconds(timeoutMilliseconds)
        var reply: [UInt8] = []
        while reply.count < 256 {
            let left = ContinuousClock.now.duration(to: deadline).components
            let milliseconds = Int32(clamping: left.seconds * 1000 + left.attoseconds / 1_000_000_000_000_000)
            var ready = pollfd(fd: tty, events: Int16(POLLIN), revents: 0)
            guard milliseconds > 0, poll(&ready, 1, milliseconds) == 1 else { break }
            var byte: UInt8 = 0
            guard read(tty, &byte, 1) == 1 else { break }
            reply.append(byte)
            if byte == UInt8(ascii: "c"), let attributes = TerminalImageEnvironment.parseDeviceAttributes(reply) {
                return attributes
            }
        }
        return nil
    }
}
