import Testing
@testable import NewsCore

@Suite("Recorded renderings of the fixture articles")
struct GoldenRenderingTests {
    static let cases: [(String, Int)] = RenderingFixtures.names.flatMap { name in [20, 40, 80].map { (name, $0) } }

    @Test("each fixture renders as recorded at widths 20, 40 and 80", arguments: cases)
    func matchesRecording(name: String, width: Int) throws {
        let article = try RenderingFixtures.article(name)
        try Golden.check(RenderingFixtures.text(article, width: width), named: "\(name)-\(width)")
    }
}
