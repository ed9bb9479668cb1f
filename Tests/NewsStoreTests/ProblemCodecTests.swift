import NewsCore
import Testing
@testable import NewsStore

@Suite("Problems stored in the index")
struct ProblemCodecTests {
    @Test("a message holding the separators the index uses comes back whole, one problem per problem")
    func separatorsInMessagesSurvive() {
        let problems = [
            Problem(path: "a.md", line: 3, severity: .error, message: "bad value \"x\u{1E}y\u{1F}z\""),
            Problem(path: "a.md", line: nil, severity: .warning, message: "second"),
        ]
        let decoded = ProblemCodec.decode(ProblemCodec.encode(problems), path: "a.md")
        #expect(decoded.count == 2)
        #expect(decoded.first?.message == "bad value \"x\u{241E}y\u{1F}z\"")
        #expect(decoded.first?.line == 3)
        #expect(decoded.last?.message == "second")
    }
}
