import Foundation

/// JSON as the scripting commands print it: pretty, slashes unescaped, keys sorted so output is stable.
enum JSONOutput {
    static func write<Value: Encodable>(_ value: Value) throws {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        var data = try encoder.encode(value)
        data.append(0x0A)
        FileHandle.standardOutput.write(data)
    }
}
