import Testing
@testable import NewsImages

@Suite("Decoding each format to RGBA")
struct ImageDecodingTests {
    @Test("each fixture's format is told by its first bytes, not its name",
          arguments: [("chart.png", ImageFormat.png), ("landscape.jpg", .jpeg), ("quarters.gif", .gif), ("chart.webp", .webp)])
    func sniffing(name: String, format: ImageFormat) throws {
        #expect(ImageFormat.sniff(try FixtureFiles.bytes(name)) == format)
    }

    @Test("text named .png is no image format")
    func wrongMagic() throws {
        #expect(ImageFormat.sniff(try FixtureFiles.bytes("wrong-magic.png")) == nil)
    }

    @Test("PNG: size, the paper background and a bar's colour")
    func png() throws {
        let image = try ImageDecoder.decode(try FixtureFiles.bytes("chart.png"))
        #expect(image.width == 48 && image.height == 32)
        #expect(image.pixel(x: 47, y: 0) == (250, 248, 240, 255))
        // The first bar (red) stands on the axis, left of centre.
        let bar = image.pixel(x: 10, y: 26)
        #expect(bar.red == 230 && bar.green == 85 && bar.blue == 60)
    }

    @Test("PNG with alpha keeps transparent corners and an opaque centre")
    func transparency() throws {
        let image = try ImageDecoder.decode(try FixtureFiles.bytes("transparent.png"))
        #expect(image.pixel(x: 0, y: 0).alpha == 0)
        #expect(image.pixel(x: 8, y: 8) == (230, 85, 60, 255))
    }

    @Test("GIF: the first frame's palette colours land in their quarters")
    func gif() throws {
        let image = try ImageDecoder.decode(try FixtureFiles.bytes("quarters.gif"))
        #expect(image.width == 24 && image.height == 16)
        #expect(image.pixel(x: 0, y: 0) == (230, 85, 60, 255))
        #expect(image.pixel(x: 23, y: 15) == (60, 130, 200, 255))
        #expect(image.pixel(x: 23, y: 0) == (250, 248, 240, 255))
    }

    @Test("JPEG: size and a sky that is blue above and warm near the horizon")
    func jpeg() throws {
        let image = try ImageDecoder.decode(try FixtureFiles.bytes("landscape.jpg"))
        #expect(image.width == 64 && image.height == 36)
        let sky = image.pixel(x: 2, y: 1)
        #expect(sky.blue > sky.red && sky.alpha == 255)
    }

    @Test("WebP (lossy): size and the paper background within compression error")
    func webp() throws {
        let image = try ImageDecoder.decode(try FixtureFiles.bytes("chart.webp"))
        #expect(image.width == 48 && image.height == 32)
        let paper = image.pixel(x: 24, y: 0)
        #expect(abs(Int(paper.red) - 250) < 12 && abs(Int(paper.blue) - 240) < 12)
    }

    @Test("a large JPEG decodes at a reduced scale that still covers the wanted size")
    func jpegScaling() throws {
        let photo = try #require(JPEGEncoder.encode(TestPattern.photo(width: 1600, height: 800)))
        let image = try ImageDecoder.decode(photo, wantedWidth: 400, wantedHeight: 100)
        #expect(image.width == 400 && image.height == 200)
        let full = try ImageDecoder.decode(photo)
        #expect(full.width == 1600 && full.height == 800)
    }

    @Test("probe reads the declared size without decoding")
    func probe() throws {
        let header = try ImageDecoder.probe(try FixtureFiles.bytes("huge-declared.png"))
        #expect(header.format == .png && header.width == 100_000 && header.height == 100_000)
    }
}
