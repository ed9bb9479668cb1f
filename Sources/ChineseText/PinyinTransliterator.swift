import CChineseScript
import Foundation

/// The pinyin of Han characters, from ICU's `Han-Latin` transliterator, without tone marks.
///
/// A character is read on its own and its reading is kept: a library has a few thousand distinct
/// characters, and ICU takes tens of microseconds per call. Characters with several readings get
/// ICU's one reading (`行` is `xing`, never `hang`). `ü` is written `v`, as pinyin keyboards type
/// it (`绿` is `lv`).
public final class PinyinTransliterator: @unchecked Sendable {
    /// The transliterator every part of newsreader shares.
    public static let shared = PinyinTransliterator()

    private let transliterator: UnsafeMutableRawPointer?
    /// Guards the transliterator (ICU transliterators are not thread-safe) and the cache.
    private let lock = NSLock()
    private var cache: [Character: String] = [:]

    public init() {
        transliterator = cs_pinyin_open()
    }

    deinit {
        cs_pinyin_close(transliterator)
    }

    /// False when ICU has no transliteration data: characters then have no pinyin.
    public var isAvailable: Bool { transliterator != nil }

    /// The toneless pinyin of a Han character in lower-case ASCII (`数` → `shu`), or nil for any
    /// other character or when ICU gives no Latin reading.
    public func syllable(of character: Character) -> String? {
        guard character.unicodeScalars.count == 1, let scalar = character.unicodeScalars.first,
              ScriptFolder.isHan(scalar), transliterator != nil
        else { return nil }
        lock.lock()
        defer { lock.unlock() }
        if let known = cache[character] { return known.isEmpty ? nil : known }
        let reading = Self.plainLetters(transliterate(String(character)))
        cache[character] = reading
        return reading.isEmpty ? nil : reading
    }

    /// Runs ICU on `text`; the caller holds the lock.
    private func transliterate(_ text: String) -> String {
        var units = Array(text.utf16)
        // A syllable is at most six letters and a few marks; 16 units per input unit is ample,
        // and a longer answer is asked for again at the size ICU says it needs.
        var capacity = units.count * 16 + 16
        for _ in 0..<2 {
            var buffer = units + Array(repeating: 0, count: capacity - units.count)
            let length = cs_pinyin_transliterate(transliterator, &buffer, Int32(units.count), Int32(capacity))
            if length < 0 { return "" }
            if Int(length) <= capacity { return String(decoding: buffer[..<Int(length)], as: UTF16.self) }
            capacity = Int(length)
            units = Array(text.utf16)
        }
        return ""
    }

    /// `shù` → `shu`, `lǜ` → `lv`: tone marks dropped, `ü` as `v`, anything not a letter dropped.
    static func plainLetters(_ latin: String) -> String {
        var letters = ""
        for character in latin.lowercased() {
            let base = String(character).decomposedStringWithCanonicalMapping.unicodeScalars
            guard let first = base.first else { continue }
            if first == "u", base.contains("\u{0308}") {
                letters.append("v")
            } else if first.isASCII, first.properties.isAlphabetic {
                letters.unicodeScalars.append(first)
            }
        }
        return letters
    }
}
