/// What the terminal tells about itself, as far as pictures are concerned: the environment
/// variables, terminfo's colour count and the Primary Device Attributes (DA1) reply.
public struct TerminalImageEnvironment: Sendable, Equatable {
    public var variables: [String: String]
    /// terminfo `colors` (nil when there is no terminfo entry).
    public var terminfoColors: Int?
    /// The parameters of the DA1 reply (`ESC [ ? 62 ; 4 ; 22 c` → 62, 4, 22), nil if not asked.
    public var deviceAttributes: [Int]?

    public init(variables: [String: String], terminfoColors: Int? = nil, deviceAttributes: [Int]? = nil) {
        self.variables = variables
        self.terminfoColors = terminfoColors
        self.deviceAttributes = deviceAttributes
    }

    func value(_ name: String) -> String? {
        guard let value = variables[name], !value.isEmpty else { return nil }
        return value
    }

    /// The parameters of a DA1 reply (`CSI ? Ps ; … c`), or nil when `reply` holds none.
    public static func parseDeviceAttributes<Bytes: Collection>(_ reply: Bytes) -> [Int]? where Bytes.Element == UInt8 {
        let bytes = Array(reply)
        guard let start = bytes.indices.first(where: { index in
            index + 2 < bytes.count && bytes[index] == 0x1B && bytes[index + 1] == UInt8(ascii: "[") && bytes[index + 2] == UInt8(ascii: "?")
        }) else { return nil }
        let body = bytes[(start + 3)...]
        guard let end = body.firstIndex(of: UInt8(ascii: "c")) else { return nil }
        let text = String(decoding: body[..<end], as: UTF8.self)
        let numbers = text.split(separator: ";", omittingEmptySubsequences: false).map { Int($0) }
        guard !numbers.isEmpty, numbers.allSatisfy({ $0 != nil }) else { return nil }
        return numbers.compactMap { $0 }
    }
}
