import CChineseScript
import Foundation

/// Folds Chinese text to one script, so that Simplified and Traditional spellings match.
///
/// This is OpenCC's standard `t2s.json` conversion (Traditional to Simplified, characters and
/// phrases, from `libopencc-data`). Comparisons (the search index, in-article search, pickers,
/// `--match`) use the character table built from it, ``HanFolding``, which keeps lengths and is
/// fast enough for every character of a library: `數據` and `数据` both fold to `数据`. Folding is
/// for comparing only; what is shown is always the text as written.
///
/// When OpenCC's data cannot be opened, folding leaves text as it is (``isAvailable`` is false):
/// matching then only loses the Traditional/Simplified equivalence.
public final class ScriptFolder: @unchecked Sendable {
    /// The folder every part of newsreader shares (OpenCC's dictionaries load once).
    public static let shared = ScriptFolder(configuration: "t2s.json")

    /// OpenCC's converter; every call goes through `lock` (the C API promises no thread safety).
    private let converter: UnsafeMutableRawPointer?
    private let lock = NSLock()
    /// Why the converter could not be opened, when it could not.
    public let failure: String?

    /// Opens OpenCC with a configuration file name (`t2s.json`) or path.
    public init(configuration: String) {
        if let handle = cs_converter_open(configuration) {
            converter = handle
            failure = nil
        } else {
            converter = nil
            failure = "OpenCC could not open \(configuration): \(String(cString: cs_converter_error()))"
        }
    }

    deinit {
        cs_converter_close(converter)
    }

    public var isAvailable: Bool { converter != nil }

    /// The text in Simplified characters; text without Han characters comes back unchanged.
    public func fold(_ text: String) -> String {
        guard let converter, text.unicodeScalars.contains(where: Self.isHan) else { return text }
        var utf8 = text
        return utf8.withUTF8 { bytes in
            lock.lock()
            defer { lock.unlock() }
            guard let base = bytes.baseAddress,
                  let converted = base.withMemoryRebound(to: CChar.self, capacity: bytes.count, {
                      cs_converter_convert(converter, $0, bytes.count)
                  })
            else { return text }
            defer { cs_converter_free(converted) }
            return String(cString: converted)
        }
    }

    /// Han ideographs (CJK Unified Ideographs and their extensions, compatibility ideographs):
    /// the only scalars OpenCC's character tables change.
    static func isHan(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x3400...0x4DBF, 0x4E00...0x9FFF, 0xF900...0xFAFF, 0x20000...0x3134F: return true
        default: return false
        }
    }
}
