import Testing
import Foundation
import NewsCore

@Test func debugExamples() throws {
    let env = ProcessInfo.processInfo.environment
    guard let list = env["DEBUG_EXAMPLES"] else { return }
    let file = env["DEBUG_FILE"] ?? "commonmark-spec"
    let examples = try SpecExamples.load(file)
    for number in list.split(separator: ",").compactMap({ Int($0) }) {
        let example = examples[number - 1]
        let got = HTMLRenderer.render(MarkdownParser.parse(example.markdown))
        print("=== \(number) \(example.section)\n--- md\n\(example.markdown)--- want\n\(example.html)--- got\n\(got)")
    }
}
