import Foundation
import Testing
@testable import NewsCore

@Suite("Decoding a file's bytes")
struct TextDecodingTests {
    @Test("a byte order mark is dropped and CRLF becomes LF")
    func normalisesBOMAndLineEndings() throws {
        let data = Data([0xEF, 0xBB, 0xBF]) + Data("第一行\r\n第二行\r第三行".utf8)
        #expect(try TextDecoding.decode(data).get() == "第一行\n第二行\n第三行")
    }

    @Test("invalid UTF-8 reports the offset and line of the first bad byte")
    func locatesInvalidBytes() {
        let data = Data("一\n二\n".utf8) + Data([0xC0, 0x80])
        #expect(TextDecoding.decode(data) == .failure(.invalidUTF8(offset: 8, line: 3)))
    }

    @Test("overlong forms, surrogates and truncated sequences are invalid")
    func rejectsMalformedSequences() {
        for bad in [[0xE0, 0x80, 0x80], [0xED, 0xA0, 0x80], [0xF4, 0x90, 0x80, 0x80], [0xE4, 0xB8]] as [[UInt8]] {
            #expect(TextDecoding.decode(Data([0x41] + bad)) == .failure(.invalidUTF8(offset: 1, line: 1)), "\(bad)")
        }
    }

    @Test("NUL bytes mean binary content and whitespace alone means empty")
    func recognisesBinaryAndEmpty() {
        #expect(TextDecoding.decode(Data([0x50, 0x4B, 0x03, 0x04, 0x00])) == .failure(.binary(offset: 4)))
        #expect(TextDecoding.decode(Data()) == .failure(.empty))
        #expect(TextDecoding.decode(Data(" \n\t\r\n".utf8)) == .failure(.empty))
    }

    @Test("four-byte characters such as emoji are valid")
    func acceptsSupplementaryPlanes() throws {
        #expect(try TextDecoding.decode(Data("📰𠀀".utf8)).get() == "📰𠀀")
    }
}
