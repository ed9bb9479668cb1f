import Testing
@testable import NewsCore

/// Link reference definitions at the start of a paragraph (CommonMark 0.31 §4.7).
@Suite("Link reference definitions")
struct InlineLinkReferenceDefinitionsTests {
    private func extract(_ text: String) -> (labels: [String], references: [LinkReference], remainder: String) {
        let result = LinkReferenceDefinitions.extract(from: text)
        return (result.definitions.map(\.label), result.definitions.map(\.reference), result.remainder)
    }

    @Test("a definition with a title is taken whole, leaving nothing")
    func definitionWithTitle() {
        let result = extract(#"[Foo Bar]: https://example.com/a?b=1 "标题""#)
        #expect(result.labels == ["Foo Bar"])
        #expect(result.references == [LinkReference(destination: "https://example.com/a?b=1", title: "标题")])
        #expect(result.remainder == "")
    }

    @Test("several definitions are taken in order and the paragraph text remains")
    func severalDefinitions() {
        let result = extract("[a]: /one\n[b]: <two three> 'T'\n正文从这里开始")
        #expect(result.labels == ["a", "b"])
        #expect(result.references == [LinkReference(destination: "/one"), LinkReference(destination: "two three", title: "T")])
        #expect(result.remainder == "正文从这里开始")
    }

    @Test("a definition may span lines: label, destination and title each on their own line")
    func spanningLines() {
        let result = extract("[foo]:\n/url\n\"the title\"")
        #expect(result.labels == ["foo"])
        #expect(result.references == [LinkReference(destination: "/url", title: "the title")])
        #expect(result.remainder == "")
    }

    @Test("escapes and entities in destination and title are resolved")
    func escapesResolved() {
        let result = extract(#"[x]: /a\*b "&quot;q&quot;""#)
        #expect(result.references == [LinkReference(destination: "/a*b", title: "\"q\"")])
    }

    @Test("text after the title on the same line makes the line no definition")
    func textAfterTitle() {
        let text = #"[x]: /url "title" more"#
        #expect(extract(text).labels == [])
        #expect(extract(text).remainder == text)
    }

    @Test("a title on the next line that is followed by text leaves that line as paragraph")
    func badTitleOnNextLine() {
        let result = extract("[x]: /url\n\"title\" more")
        #expect(result.references == [LinkReference(destination: "/url")])
        #expect(result.remainder == "\"title\" more")
    }

    @Test("a footnote definition is left for the block parser")
    func footnoteLeftAlone() {
        #expect(extract("[^1]: [标题](https://example.com)").labels == [])
    }

    @Test("a label of only spaces or a missing destination is no definition")
    func invalidDefinitions() {
        #expect(extract("[ ]: /url").labels == [])
        #expect(extract("[x]:").labels == [])
    }
}
