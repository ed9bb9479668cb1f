import Testing
@testable import NewsCore

/// The hand-written scalar classes behind the fast paths must agree with Unicode's own data.
@Suite("Performance: scalar shortcuts agree with the Unicode properties")
struct StandaloneScalarTests {
    @Test("The white space switch matches the White_Space property for every scalar")
    func whitespaceMatchesProperty() {
        var mismatches: [UInt32] = []
        for value in UInt32(0)...0x10FFFF {
            guard let scalar = Unicode.Scalar(value) else { continue }
            if StandaloneScalar.isWhitespace(scalar) != scalar.properties.isWhitespace { mismatches.append(value) }
        }
        #expect(mismatches.isEmpty)
    }

    @Test("Each standalone scalar forms a Character of its own next to other standalone scalars")
    func standaloneScalarsStayAlone() {
        // Every standalone scalar between two samples of the set must be its own Character.
        let neighbours: [Unicode.Scalar] = ["a", " ", "\n", "\u{B7}", "\u{3002}", "\u{4E2D}", "\u{FF0C}", "\u{2014}", "\u{A9}"]
        var joined: [UInt32] = []
        for value in UInt32(0)...0xFFFF {
            guard let scalar = Unicode.Scalar(value), StandaloneScalar.isStandalone(scalar) else { continue }
            for neighbour in neighbours {
                var text = String()
                text.unicodeScalars.append(contentsOf: [neighbour, scalar, neighbour])
                if text.count != 3 { joined.append(value) }
            }
        }
        #expect(joined.isEmpty)
    }
}

/// The punctuation shortcut of the inline parser must agree with the general categories.
@Suite("Performance: the punctuation shortcut agrees with the general categories")
struct PunctuationShortcutTests {
    @Test("isPunctuation is category P or S (ASCII per CommonMark) for every scalar")
    func punctuationMatchesCategories() {
        var mismatches: [UInt32] = []
        for value in UInt32(0x80)...0x10FFFF {
            guard let scalar = Unicode.Scalar(value) else { continue }
            let expected: Bool
            switch scalar.properties.generalCategory {
            case .connectorPunctuation, .dashPunctuation, .openPunctuation, .closePunctuation,
                 .initialPunctuation, .finalPunctuation, .otherPunctuation,
                 .mathSymbol, .currencySymbol, .modifierSymbol, .otherSymbol:
                expected = true
            default:
                expected = false
            }
            if UTF8Scalars.isPunctuation(scalar) != expected { mismatches.append(value) }
        }
        #expect(mismatches.isEmpty)
    }
}
