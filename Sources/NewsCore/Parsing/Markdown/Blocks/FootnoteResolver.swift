/// Matches footnote references with definitions: numbering, reference counts and diagnostics.
///
/// Ordinals follow the first reference (as GitHub numbers footnotes); definitions nobody
/// references are kept and numbered after, in source order, because news articles list sources
/// the text never points at (FORMAT.md, "Citations").
enum FootnoteResolver {
    struct Reference {
        var label: String
        var line: Int
    }

    struct Definition {
        var label: String
        var line: Int
        var source: String
        var blocks: [Block]
    }

    /// Numbers the definitions and reports broken references, duplicate and unused definitions.
    static func resolve(definitions: [Definition], references: [Reference]) -> (footnotes: [Footnote], diagnostics: [Diagnostic]) {
        var diagnostics: [Diagnostic] = []
        var footnotes: [Footnote] = []
        var indexByKey: [String: Int] = [:]
        for definition in definitions {
            let key = LinkLabel.normalize(definition.label)
            if let first = indexByKey[key] {
                diagnostics.append(Diagnostic(line: definition.line, severity: .error,
                                              message: "footnote [^\(definition.label)] is defined twice (line \(footnotes[first].line))"))
                continue
            }
            indexByKey[key] = footnotes.count
            footnotes.append(Footnote(label: definition.label, ordinal: 0, blocks: definition.blocks,
                                      referenceCount: 0, line: definition.line, source: definition.source))
        }
        var nextOrdinal = 1
        for reference in references {
            guard let index = indexByKey[LinkLabel.normalize(reference.label)] else {
                diagnostics.append(Diagnostic(line: reference.line, severity: .error,
                                              message: "footnote reference [^\(reference.label)] has no definition"))
                continue
            }
            footnotes[index].referenceCount += 1
            if footnotes[index].ordinal == 0 {
                footnotes[index].ordinal = nextOrdinal
                nextOrdinal += 1
            }
        }
        for index in footnotes.indices where footnotes[index].ordinal == 0 {
            footnotes[index].ordinal = nextOrdinal
            nextOrdinal += 1
            diagnostics.append(Diagnostic(line: footnotes[index].line, severity: .warning,
                                          message: "footnote [^\(footnotes[index].label)] is defined but never referenced"))
        }
        // By line, keeping the order found for equal lines.
        let ordered = diagnostics.enumerated().sorted {
            (($0.element.line ?? 0), $0.offset) < (($1.element.line ?? 0), $1.offset)
        }
        return (footnotes, ordered.map(\.element))
    }

    /// Appends the footnote references found in `inlines` (at any depth) in reading order.
    static func collectReferences(in inlines: [Inline], line: Int, into references: inout [Reference]) {
        Inline.walk(inlines) { inline in
            if case .footnoteReference(let label) = inline { references.append(Reference(label: label, line: line)) }
        }
    }
}
