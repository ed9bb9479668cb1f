import Foundation
import Testing
@testable import NewsImages

@Suite("Kitty, sixel and iTerm2 sequences")
struct GraphicsSequenceTests {
    private func sequence(_ graphics: GraphicsProtocol, fit: CellFit = CellFit(columns: 20, rows: 6)) throws -> String {
        let image = try ImageDecoder.decode(try FixtureFiles.bytes("landscape.jpg"))
        let bytes = ImageRenderer.sequence(image, fit: fit, protocol: graphics, cellPixels: CellPixelSize(width: 10, height: 20))
        return String(decoding: bytes, as: UTF8.self)
    }

    /// Splits kitty's APC commands (`ESC _ G control ; payload ESC \`).
    private func kittyCommands(_ text: String) -> [(control: String, payload: String)] {
        text.components(separatedBy: "\u{1B}\\").filter { !$0.isEmpty }.map { command in
            let body = command.hasPrefix("\u{1B}_G") ? String(command.dropFirst(3)) : command
            let parts = body.split(separator: ";", maxSplits: 1, omittingEmptySubsequences: false)
            return (String(parts[0]), parts.count > 1 ? String(parts[1]) : "")
        }
    }

    @Test("kitty: transmit-and-display with pixel and cell sizes, chunks ≤ 4096 base64 bytes, m=1 … m=0")
    func kitty() throws {
        let text = try sequence(.kitty)
        let commands = kittyCommands(text)
        #expect(text.hasPrefix("\u{1B}_G") && text.hasSuffix("\u{1B}\\"))
        let first = Dictionary(uniqueKeysWithValues: commands[0].control.split(separator: ",").map { pair in
            let kv = pair.split(separator: "=", maxSplits: 1)
            return (String(kv[0]), String(kv[1]))
        })
        #expect(first["a"] == "T" && first["f"] == "32")
        #expect(first["c"] == "20" && first["r"] == "6")
        let width = try #require(first["s"].flatMap { Int($0) }), height = try #require(first["v"].flatMap { Int($0) })
        #expect(width > 0 && width <= 200 && height > 0 && height <= 120)
        #expect(commands.count > 2, "the image is sent in several chunks")
        #expect(commands.allSatisfy { $0.payload.utf8.count <= 4096 })
        #expect(commands.dropLast().allSatisfy { $0.control.contains("m=1") })
        #expect(commands.last?.control == "m=0")
        // libchafa encodes each chunk on its own (kitty decodes chunk by chunk).
        let decoded = commands.map { Data(base64Encoded: $0.payload)?.count }
        #expect(decoded.allSatisfy { $0 != nil }, "every chunk is valid base64")
        #expect(decoded.compactMap { $0 }.reduce(0, +) == width * height * 4, "32-bit RGBA for every pixel declared")
    }

    @Test("sixel: one DCS … ST with raster attributes covering the cells")
    func sixel() throws {
        let text = try sequence(.sixel)
        #expect(text.hasPrefix("\u{1B}P") && text.hasSuffix("\u{1B}\\"))
        #expect(text.components(separatedBy: "\u{1B}P").count == 2, "a single device control string")
        let afterQ = try #require(text.split(separator: "q", maxSplits: 1).last)
        #expect(afterQ.hasPrefix("\""), "raster attributes follow the introducer")
        let attributes = afterQ.dropFirst().prefix { $0.isNumber || $0 == ";" }.split(separator: ";").compactMap { Int($0) }
        #expect(attributes.count == 4)
        // Aspect 1:1, at most 20 × 10 pixels wide and 6 × 20 high.
        #expect(attributes[0] == 1 && attributes[1] == 1)
        #expect(attributes[2] > 0 && attributes[2] <= 200 && attributes[3] > 0 && attributes[3] <= 120)
        #expect(text.contains("#0;2;"), "an RGB colour register is defined")
    }

    @Test("iTerm2: OSC 1337 File= inline=1 with the cell size and a base64 image, ended by BEL")
    func iterm() throws {
        let text = try sequence(.iterm)
        #expect(text.hasPrefix("\u{1B}]1337;File="))
        #expect(text.hasSuffix("\u{07}"))
        let header = try #require(text.split(separator: ":", maxSplits: 1).first)
        #expect(header.contains("inline=1") && header.contains("width=20") && header.contains("height=6"))
        let payload = String(text.split(separator: ":", maxSplits: 1)[1].dropLast())
        let image = try #require(Data(base64Encoded: payload))
        #expect(image.count > 100)
    }

    @Test("no sequence for an empty box")
    func emptyBox() throws {
        #expect(try sequence(.kitty, fit: CellFit(columns: 0, rows: 0)).isEmpty)
    }
}
