import Foundation
import FuzzDriver
import NewsCore

/// Fuzzes the HTML reader (issue #14): ``HTMLTokenizer`` on the raw input, and the whole body
/// reader (``ArticleBodyParser``: HTML blocks and inline HTML lowered) on it as an article body.
/// Checks: no crash, hang or stack overflow; the tokenizer never invents text (its text is at
/// most the input's length); no raw HTML is left anywhere in the document (a reader would see
/// tags); the rendering at width 40 keeps to the width and draws no control character.
@main
struct HTMLFuzzer {
    static func main() {
        FuzzDriver.run { bytes, count in
            HTMLFuzzer.check(FuzzDriver.data(bytes, count))
            return 0
        }
    }

    static func check(_ input: Data) {
        let text = String(decoding: input, as: UTF8.self)
        var textLength = 0
        for token in HTMLTokenizer.tokens(text) {
            if case .text(let piece) = token { textLength += piece.utf8.count }
        }
        // Entities decode to at most as many bytes as they take (`&nbsp;` 6 → 2), except a few
        // short ones (`&gt;` stays shorter too); the bound is generous but catches duplication.
        fuzzRequire(textLength <= text.utf8.count * 2, "tokenizer text longer than its input")

        let document = ArticleBodyParser.parse(text)
        var blocks = document.blocks + document.footnotes.flatMap(\.blocks)
        var inlines: [Inline] = []
        while let block = blocks.popLast() {
            switch block {
            case .htmlBlock: fuzzRequire(false, "an HTML block was left raw")
            case .paragraph(let content), .heading(_, let content): inlines += content
            case .blockQuote(let inner): blocks += inner
            case .list(let list): blocks += list.items.flatMap { $0 }
            case .table(let table): inlines += (table.header + table.rows.flatMap { $0 }).flatMap { $0 }
            case .codeBlock, .thematicBreak: break
            }
        }
        while let inline = inlines.popLast() {
            switch inline {
            case .html: fuzzRequire(false, "inline HTML was left raw")
            case .emphasis(let inner), .strong(let inner), .strikethrough(let inner), .styled(_, let inner),
                 .link(_, _, let inner), .image(_, _, let inner):
                inlines += inner
            default: break
            }
        }

        let article = FuzzInputs.article(Data(("---\ntitle: t\ndate: 2025-06-25\n---\n\n" + text).utf8))
        let rendered = DocumentRenderer(width: 40).render(article)
        for line in rendered.lines {
            fuzzRequire(DisplayWidth.of(line.text) <= 40, "line wider than 40: \(line.text)")
            fuzzRequire(!line.text.unicodeScalars.contains(where: FuzzInputs.isUnsafeOnTerminal), "control character drawn")
        }
    }
}
