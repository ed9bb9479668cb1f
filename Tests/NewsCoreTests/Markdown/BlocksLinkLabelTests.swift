import Testing
import NewsCore

@Suite("Link labels")
struct BlocksLinkLabelTests {
    @Test("labels match regardless of case and inner whitespace")
    func asciiLabels() {
        #expect(LinkLabel.normalize("  Foo \t\n  BAR ") == "foo bar")
        #expect(LinkLabel.normalize("note") == LinkLabel.normalize("NOTE"))
    }

    @Test("labels are case folded, not only lowercased: ẞ matches SS, ς matches Σ")
    func unicodeCaseFolding() {
        #expect(LinkLabel.normalize("ẞ") == LinkLabel.normalize("SS"))
        #expect(LinkLabel.normalize("Straße") == LinkLabel.normalize("STRASSE"))
        #expect(LinkLabel.normalize("ΑΓΩ") == LinkLabel.normalize("αγω"))
        #expect(LinkLabel.normalize("ς") == LinkLabel.normalize("Σ"))
    }

    @Test("Chinese labels are kept as written; a full-width space is part of the label")
    func chineseLabels() {
        #expect(LinkLabel.normalize("注释 一") == "注释 一")
        #expect(LinkLabel.normalize("注释　一") != LinkLabel.normalize("注释 一"))
    }

    @Test("footnotes are found by a label written in another case")
    func footnoteLookup() {
        let document = MarkdownParser.parse("Text[^Note].\n\n[^note]: The source.\n")
        #expect(document.footnote(forLabel: "NOTE")?.label == "note")
        #expect(document.footnotes.first?.referenceCount == 1)
    }
}
