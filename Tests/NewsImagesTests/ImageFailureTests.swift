import Foundation
import Testing
@testable import NewsImages

@Suite("Bad images fail with a reason, never a crash")
struct ImageFailureTests {
    /// The ImageFailure `body` throws, nil when it succeeds (any other error fails the test).
    private func failure(_ body: () throws -> Void) -> ImageFailure? {
        do { try body() } catch let error as ImageFailure { return error } catch {
            Issue.record("unexpected error \(error)")
        }
        return nil
    }

    @Test("a truncated PNG is broken and says it ends early")
    func truncatedPNG() throws {
        let bytes = try FixtureFiles.bytes("truncated.png")
        let error = failure { _ = try ImageDecoder.decode(bytes) }
        guard case .corrupt(.png, let reason) = error else { Issue.record("got \(String(describing: error))"); return }
        #expect(reason.contains("truncated"))
        #expect(error?.description.hasPrefix("broken PNG") == true)
    }

    @Test("a truncated JPEG is broken, not silently filled with grey")
    func truncatedJPEG() throws {
        let bytes = try FixtureFiles.bytes("truncated.jpg")
        let error = failure { _ = try ImageDecoder.decode(bytes) }
        guard case .corrupt(.jpeg, let reason) = error else { Issue.record("got \(String(describing: error))"); return }
        #expect(reason.contains("truncated"))
    }

    @Test("truncated GIF and WebP data are broken too")
    func truncatedGIFAndWebP() throws {
        for name in ["quarters.gif", "chart.webp"] {
            let bytes = try FixtureFiles.bytes(name)
            let error = failure { _ = try ImageDecoder.decode(Array(bytes.prefix(bytes.count * 2 / 3))) }
            guard case .corrupt(_, let reason) = error else { Issue.record("\(name): got \(String(describing: error))"); continue }
            #expect(reason.contains("truncated"), "\(name): \(reason)")
        }
    }

    @Test("a file that is not an image names the formats it could have been")
    func wrongMagic() throws {
        let error = failure { _ = try ImageDecoder.decode(try FixtureFiles.bytes("wrong-magic.png")) }
        #expect(error == .unknownFormat)
        #expect(error?.description == "not a PNG, JPEG, GIF or WebP image")
    }

    @Test("huge declared dimensions are refused from the header (a decompression bomb)")
    func hugePNG() throws {
        let error = failure { _ = try ImageDecoder.decode(try FixtureFiles.bytes("huge-declared.png")) }
        #expect(error == .tooManyPixels(width: 100_000, height: 100_000, limit: 40_000_000))
        #expect(error?.description.contains("100000×100000") == true)
    }

    @Test("a GIF whose logical screen is 65535×65535 is refused too")
    func hugeGIF() throws {
        var bytes = Array("GIF89a".utf8) + [0xFF, 0xFF, 0xFF, 0xFF, 0x00, 0x00, 0x00]
        bytes += [0x2C, 0, 0, 0, 0, 1, 0, 1, 0, 0, 0x02, 0x02, 0x44, 0x01, 0x00, 0x3B]
        #expect(failure { _ = try ImageDecoder.decode(bytes) } == .tooManyPixels(width: 65535, height: 65535, limit: 40_000_000))
    }

    @Test("a zero-byte file is empty")
    func zeroBytes() throws {
        let path = try FixtureFiles.path("zero-byte.png")
        #expect(failure { _ = try ImageFile.stat(path).read() } == .empty)
        #expect(failure { _ = try ImageDecoder.decode([]) } == .empty)
    }

    @Test("a missing file is reported as not found")
    func missing() {
        #expect(failure { _ = try ImageFile.stat("/nonexistent/picture.png") } == .missing)
    }

    @Test("a file over the size limit is not read")
    func fileTooLarge() throws {
        let file = try ImageFile.stat(try FixtureFiles.path("landscape.jpg"))
        let error = failure { _ = try file.read(limits: ImageLimits(maxFileBytes: 100)) }
        #expect(error == .fileTooLarge(bytes: file.size, limit: 100))
    }

    @Test("decoding stops at the time budget")
    func timeBudget() throws {
        // 9 megapixels take far longer than a millisecond to decode on any machine.
        let photo = try #require(JPEGEncoder.encode(TestPattern.photo(width: 3000, height: 3000)))
        let error = failure { _ = try ImageDecoder.decode(photo, limits: ImageLimits(budgetMilliseconds: 1)) }
        #expect(error == .timedOut(milliseconds: 1))
    }

    @Test("random bytes after a valid signature never crash any decoder", arguments: ImageFormat.allCases)
    func garbageAfterSignature(format: ImageFormat) {
        let signature: [UInt8] = switch format {
        case .png: [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]
        case .jpeg: [0xFF, 0xD8, 0xFF]
        case .gif: Array("GIF89a".utf8)
        case .webp: Array("RIFF".utf8) + [0x40, 0, 0, 0] + Array("WEBP".utf8)
        }
        var state: UInt64 = 0x9E37_79B9_7F4A_7C15
        for length in [0, 1, 7, 40, 300] {
            let noise = (0..<length).map { _ -> UInt8 in
                state = state &* 6364136223846793005 &+ 1442695040888963407
                return UInt8(truncatingIfNeeded: state >> 56)
            }
            let error = failure { _ = try ImageDecoder.decode(signature + noise) }
            #expect(error != nil, "\(format) with \(length) noise bytes decoded")
        }
    }
}
