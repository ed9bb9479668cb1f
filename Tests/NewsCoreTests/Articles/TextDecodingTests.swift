import Foundation
import Testing
@testable import NewsCore

@Suite("Decoding a file's bytes")
struct TextDecodingTests {
    @Test("a byte order mark is dropped and CRLF becomes LF")
    func normalisesBOMAndLineEndings() throws {
        let data = Data([0xEF, 0xBB, 0xBF]) + Data("第一行\r\n第二行\r第三行".utf8)
        #expect(try TextDecoding.decode(data).get() == .init(text: "第一行\n第二行\n第三行", encoding: .utf8))
    }

    @Test("bytes that are neither UTF-8 nor GB18030 report the offset and line of the first bad byte")
    func locatesInvalidBytes() {
        // 0xFF is no byte of either encoding.
        let data = Data("一\n二\n".utf8) + Data([0xFF, 0x80])
        #expect(TextDecoding.decode(data) == .failure(.invalidUTF8(offset: 8, line: 3)))
    }

    @Test("overlong forms, surrogates and truncated sequences are not UTF-8")
    func rejectsMalformedSequences() {
        for bad in [[0xE0, 0x80, 0x80], [0xED, 0xA0, 0x80], [0xF4, 0x90, 0x80, 0x80], [0xE4, 0xB8]] as [[UInt8]] {
            let bytes: [UInt8] = [0x41] + bad
            let offset = bytes.withUnsafeBufferPointer { TextDecoding.firstInvalidUTF8Offset(in: $0) }
            #expect(offset == 1, "\(bad)")
        }
    }

    @Test("GB18030 (GBK) text is read, with a warning; CRLF still becomes LF")
    func readsGB18030() throws {
        // 「你好，世界」 then CRLF and 「中文」 in GBK, a subset of GB18030.
        let bytes: [UInt8] = [0xC4, 0xE3, 0xBA, 0xC3, 0xA3, 0xAC, 0xCA, 0xC0, 0xBD, 0xE7, 0x0D, 0x0A, 0xD6, 0xD0, 0xCE, 0xC4]
        let decoded = try TextDecoding.decode(Data(bytes)).get()
        #expect(decoded.text == "你好，世界\n中文")
        #expect(decoded.encoding == .gb18030)
        #expect(decoded.warning == "not UTF-8; read as GB18030")
    }

    @Test("UTF-16 with a byte order mark is read, little- and big-endian")
    func readsUTF16() throws {
        let text = "标题\r\n正文 text"
        let little = Data([0xFF, 0xFE]) + text.utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }
        let big = Data([0xFE, 0xFF]) + text.utf16.flatMap { [UInt8($0 >> 8), UInt8($0 & 0xFF)] }
        #expect(try TextDecoding.decode(Data(little)).get() == .init(text: "标题\n正文 text", encoding: .utf16))
        #expect(try TextDecoding.decode(Data(big)).get() == .init(text: "标题\n正文 text", encoding: .utf16))
        #expect(TextDecoding.decode(Data([0xFF, 0xFE, 0x00, 0xD8])) == .failure(.invalidUTF16))
    }

    @Test("NUL bytes mean binary content and whitespace alone means empty")
    func recognisesBinaryAndEmpty() {
        #expect(TextDecoding.decode(Data([0x50, 0x4B, 0x03, 0x04, 0x00])) == .failure(.binary(offset: 4)))
        #expect(TextDecoding.decode(Data()) == .failure(.empty))
        #expect(TextDecoding.decode(Data(" \n\t\r\n".utf8)) == .failure(.empty))
    }

    @Test("four-byte characters such as emoji are valid")
    func acceptsSupplementaryPlanes() throws {
        #expect(try TextDecoding.decode(Data("📰𠀀".utf8)).get().text == "📰𠀀")
    }
}
