import Foundation
import FuzzDriver
import NewsCore

/// Fuzzes layout: an article body rendered by ``DocumentRenderer`` at a width from 1 to 200,
/// then laid out again at a second width as the reader does on a resize, and its text wrapped
/// directly by ``Wrapper`` (the typesetter the renderer and the reader share).
///
/// Input: byte 0 picks the width, byte 1 the width after the resize, the rest is the article.
/// Checks what a user would notice: no line wider than the width (from the renderer's promised
/// minimum on), no control character in any drawn text, anchors on lines that exist and inside
/// them, reading positions in order so a resize keeps the place.
@main
struct LayoutFuzzer {
    /// ``DocumentRenderer/width``: "at least 2, the width of one CJK character"; below it a
    /// single wide character cannot fit, so widths under 2 are rendered but not measured.
    static let promisedMinimumWidth = 2

    static func main() {
        FuzzDriver.run { bytes, count in
            LayoutFuzzer.check(FuzzDriver.data(bytes, count))
            return 0
        }
    }

    static func check(_ input: Data) {
        guard input.count >= 2 else { return }
        let width = 1 + Int(input[input.startIndex]) % 200
        let resized = 1 + Int(input[input.startIndex + 1]) % 200
        let article = FuzzInputs.article(Data(String(decoding: input.dropFirst(2), as: UTF8.self).utf8))
        guard article.isReadable else { return }

        let rendered = DocumentRenderer(width: width).render(article)
        RenderChecks(rendered: rendered, width: width, measured: width >= promisedMinimumWidth).run()

        // The reader's resize: the top line's position finds a line at the new width, and back.
        let top = rendered.lines.isEmpty ? 0 : rendered.lines.count / 2
        let position = rendered.position(atLine: top)
        let relaid = DocumentRenderer(width: resized).render(article)
        let line = relaid.line(for: position)
        fuzzRequire(relaid.lines.isEmpty || relaid.lines.indices.contains(line), "resize lands on line \(line) of \(relaid.lines.count)")
        fuzzRequire(relaid.lines.isEmpty || relaid.position(atLine: line) <= position || line == 0,
                    "resize lands after the kept position")

        WrapChecks(text: String(decoding: input.dropFirst(2), as: UTF8.self), width: width,
                   measured: width >= promisedMinimumWidth).run()
    }
}
