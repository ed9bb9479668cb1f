import Testing
@testable import NewsCore

/// Invariants checked on generated CJK/Latin/punctuation paragraphs at every width 8…200.
@Suite("Wrapping invariants over generated text")
struct WrapperPropertyTests {
    /// One generated paragraph and what the invariants need to know about it.
    struct Sample {
        var spans: [StyledSpan]
        var characters: [Character]
        var widths: [Int]
        var opportunities: Set<Int>
        var mandatory: Set<Int>

        init(seed: UInt64, length: Int = 1_200) {
            _ = Typesetting.localePinned
            var generator = MixedTextGenerator(seed: seed)
            spans = generator.paragraph(length: length)
            characters = Array(spans.map(\.text).joined())
            widths = characters.map { DisplayWidth.of($0) }
            let found = LineBreaker().opportunities(in: spans)
            opportunities = Set(found.map(\.offset))
            mandatory = Set(found.filter(\.isMandatory).map(\.offset))
        }

        func columns(_ range: Range<Int>) -> Int { widths[range].reduce(0, +) }

        func isVanishing(_ offset: Int) -> Bool { characters[offset] == " " || characters[offset] == "\n" }

        /// The unbreakable unit around `offset`: from the opportunity before to the one after.
        func unit(around offset: Int) -> Range<Int> {
            var lower = offset, upper = offset + 1
            while lower > 0 && !opportunities.contains(lower) { lower -= 1 }
            while upper < characters.count && !opportunities.contains(upper) { upper += 1 }
            while upper > lower + 1 && isVanishing(upper - 1) { upper -= 1 }
            return lower..<upper
        }

        func wrap(_ width: Int) -> WrappedParagraph { Wrapper(width: width).wrap(spans) }
    }

    static let seeds: [UInt64] = [1, 2, 3, 4, 5, 6]
    static let widths = Array(8...200)

    @Test("no line is wider than the width", arguments: seeds)
    func noLineOverflows(seed: UInt64) {
        let sample = Sample(seed: seed)
        for width in Self.widths {
            for line in sample.wrap(width).lines {
                #expect(line.width <= width && DisplayWidth.of(line.line.text) == line.width,
                        "width \(width): \(line.line.text)")
            }
        }
    }

    @Test("the lines show the text in order, with only spaces and line breaks vanishing between them", arguments: seeds)
    func textIsPreserved(seed: UInt64) {
        let sample = Sample(seed: seed)
        for width in Self.widths {
            let lines = sample.wrap(width).lines
            #expect(lines.first?.sourceRange.lowerBound == 0 && lines.last?.sourceRange.upperBound == sample.characters.count)
            for (index, line) in lines.enumerated() {
                if index > 0 { #expect(line.sourceRange.lowerBound == lines[index - 1].sourceRange.upperBound) }
                #expect(line.line.text == String(sample.characters[line.contentRange]), "width \(width) line \(index)")
                let vanished = line.contentRange.upperBound..<line.sourceRange.upperBound
                #expect(vanished.allSatisfy(sample.isVanishing), "width \(width) line \(index)")
            }
        }
    }

    @Test("lines break only at opportunities, or inside a unit wider than the line", arguments: seeds)
    func breaksOnlyWhereAllowed(seed: UInt64) {
        let sample = Sample(seed: seed)
        for width in Self.widths {
            for line in sample.wrap(width).lines.dropFirst() {
                let start = line.sourceRange.lowerBound
                guard !sample.opportunities.contains(start) else { continue }
                let unit = sample.unit(around: start)
                #expect(sample.columns(unit) > width, "width \(width): cut inside \(String(sample.characters[unit]))")
            }
        }
    }

    @Test("no line starts with closing or ends with opening punctuation, even when a word must be cut", arguments: seeds)
    func kinsokuHolds(seed: UInt64) {
        let sample = Sample(seed: seed)
        for width in Self.widths {
            let lines = sample.wrap(width).lines
            for (index, line) in lines.enumerated() where !line.contentRange.isEmpty {
                let first = sample.characters[line.contentRange.lowerBound]
                let last = sample.characters[line.contentRange.upperBound - 1]
                // A hard break starts a new piece of the paragraph, which may open with anything.
                let startsPiece = index == 0 || sample.mandatory.contains(line.sourceRange.lowerBound)
                let endsPiece = index + 1 == lines.count || sample.mandatory.contains(line.sourceRange.upperBound)
                #expect(startsPiece || !Typesetting.closing.contains(first), "width \(width): \(line.line.text)")
                #expect(endsPiece || !Typesetting.opening.contains(last), "width \(width): \(line.line.text)")
            }
        }
    }

    /// Words, numbers and URLs: runs of visible ASCII characters outside footnote markers.
    @Test("Latin words, numbers and URLs that fit on a line with their glued punctuation are never split", arguments: seeds)
    func wordsStayWhole(seed: UInt64) {
        let sample = Sample(seed: seed)
        var words: [Range<Int>] = []
        var start: Int?
        var inMarker = Set<Int>(), offset = 0
        for span in sample.spans {
            if span.style.contains(.marker) { inMarker.formUnion(offset..<(offset + span.text.count)) }
            offset += span.text.count
        }
        for (offset, character) in sample.characters.enumerated() {
            let isWordCharacter = character.isASCII && character != " " && character != "\n" && !inMarker.contains(offset)
            if isWordCharacter, start == nil { start = offset }
            if !isWordCharacter, let begun = start { words.append(begun..<offset); start = nil }
        }
        for width in Self.widths {
            for line in sample.wrap(width).lines.dropFirst() {
                let start = line.sourceRange.lowerBound
                // Split only a word wider than the line, or one whose glued punctuation makes
                // its unit so (the letters before a `，` go down with it).
                for word in words where word.lowerBound < start && start < word.upperBound {
                    let unit = sample.unit(around: start)
                    #expect(sample.columns(word) > width || sample.columns(unit) > width,
                            "width \(width): split \(String(sample.characters[word]))")
                }
            }
        }
    }

    @Test("footnote markers stay whole, on the line of the character they follow, unless their unit is wider than the line", arguments: seeds)
    func markersStayGlued(seed: UInt64) {
        let sample = Sample(seed: seed)
        for width in Self.widths {
            let paragraph = sample.wrap(width)
            for marker in paragraph.markers {
                let line = paragraph.lines[marker.line]
                let length = sample.spans[marker.spanIndex].text.count
                #expect(line.contentRange.contains(marker.characterOffset))
                let column = DisplayWidth.of(String(sample.characters[line.contentRange.lowerBound..<marker.characterOffset]))
                #expect(marker.column == column)
                let whole = line.contentRange.upperBound >= marker.characterOffset + length
                let atParagraphStart = marker.characterOffset == 0 || sample.mandatory.contains(marker.characterOffset)
                let glued = atParagraphStart || line.contentRange.lowerBound < marker.characterOffset
                if !whole || !glued {
                    let unit = sample.unit(around: marker.characterOffset)
                    #expect(sample.columns(unit) > width, "width \(width): \(line.line.text)")
                }
            }
        }
    }

    @Test("each line is filled: the next line's first unit would not have fitted", arguments: seeds)
    func linesAreFilledGreedily(seed: UInt64) {
        let sample = Sample(seed: seed)
        for width in Self.widths {
            let lines = sample.wrap(width).lines
            for (line, next) in zip(lines, lines.dropFirst()) {
                let boundary = line.sourceRange.upperBound
                guard !sample.mandatory.contains(boundary), sample.opportunities.contains(boundary) else { continue }
                var end = boundary + 1
                while end < sample.characters.count && !sample.opportunities.contains(end) { end += 1 }
                while end > boundary + 1 && sample.isVanishing(end - 1) { end -= 1 }
                let needed = line.width + sample.columns(line.contentRange.upperBound..<end)
                #expect(needed > width, "width \(width): \(line.line.text) | \(next.line.text)")
            }
        }
    }
}
