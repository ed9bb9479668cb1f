import Glibc
@testable import NewsCore

/// Shared helpers for the typesetting tests.
enum Typesetting {
    /// Pins LC_CTYPE to `C.UTF-8` once, after `DisplayWidth` made its own first switch, so widths
    /// never depend on the environment the tests run in.
    static let localePinned: Bool = {
        _ = DisplayWidth.of(Unicode.Scalar(0x4E2D)!)
        return setlocale(LC_CTYPE, "C.UTF-8") != nil
    }()

    /// The texts of `spans` wrapped at `width`.
    static func lines(_ spans: [StyledSpan], width: Int, strictness: LineBreaker.Strictness = .strict) -> [String] {
        _ = localePinned
        return Wrapper(width: width, breaker: LineBreaker(strictness: strictness)).wrap(spans).lines.map(\.line.text)
    }

    /// The texts of one unstyled paragraph wrapped at `width`.
    static func lines(_ text: String, width: Int, strictness: LineBreaker.Strictness = .strict) -> [String] {
        lines([StyledSpan(text)], width: width, strictness: strictness)
    }

    static let closing = Array("，。、；：？！）」』】》〉”’")
    static let opening = Array("（「『【《〈“‘")
}

/// Generated paragraphs of Chinese with Latin words, numbers, URLs, punctuation, doubled dashes
/// and ellipses, quotes, footnote markers, bold runs and the odd hard break.
struct MixedTextGenerator {
    var random: SeededRandom

    private static let ideographs = Array("的一是在不了有和人这中大为上个国我以要他时来用们生到作地于出就分对成会可主发年动同工也能下过子说产种面而方后多定行学法所民得经十三之进着等部度家电力里如水化高自二理起小物现实加量都两体制机当使点从业本去把性好应开它合还因由其些然前外天政四日那社义事平形相全表间样与关各重新线内数正心反你明看原又么利比或但质气第向道命此变条只没结解问意建月公无系军很情者最立代想已通并提直题党程展五果料象员革位入常文总次品式活设及管特件长求老头基资边流路级少图山统接知较将组见计别她手角期根论运农指几九区强放决西被干做必战先回则任取据处理府研质")
    private static let words = ["AI", "GPU", "OpenAI", "Scale", "model", "chip", "data", "Nvidia", "transformer",
                                "open-source", "benchmark", "v2.5", "API", "x86", "supercalifragilistic"]
    private static let urls = ["https://example.com/a/b-c", "https://news.example.org/2025/06/25/story.html", "www.example.cn"]

    init(seed: UInt64) { random = SeededRandom(seed: seed) }

    /// One paragraph of about `length` characters, as styled spans.
    mutating func paragraph(length: Int) -> [StyledSpan] {
        var spans: [StyledSpan] = []
        var produced = 0
        func add(_ text: String, _ style: TextStyle = []) {
            spans.append(StyledSpan(text, style: style))
            produced += text.count
        }
        while produced < length {
            switch random.below(20) {
            case 0...8: add(String((0..<(1 + random.below(6))).map { _ in random.pick(Self.ideographs) }))
            case 9: add(String(random.pick(Typesetting.closing)))
            case 10: add(String(random.pick(Typesetting.opening)) + String(random.pick(Self.ideographs)))
            case 11: add(random.pick(["——", "……", "“", "”", "、", "，", "。"]))
            case 12: add(" " + random.pick(Self.words) + " ")
            case 13: add(random.pick(Self.words))
            case 14: add(random.pick(["12,345", "49%", "2025年", "3.14", "1,000,000,000"]))
            case 15: add("[\(1 + random.below(30))]", .marker)
            case 16: add(String((0..<(1 + random.below(4))).map { _ in random.pick(Self.ideographs) }), .bold)
            case 17: add(random.pick(Self.urls))
            case 18: add(random.below(4) == 0 ? "\n" : "  ")
            default: add(String(random.pick(Self.ideographs)) + random.pick(["“", "（", "《"]))
            }
        }
        return spans
    }
}
