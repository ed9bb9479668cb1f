import ChineseText
import Foundation

/// What two spellings of one name (tag, topic, series, outlet) share: width, case and script
/// folded, so `ＡＢＣ新聞`, `abc新闻` and `ABC新聞` are one name, as Hugo merges taxonomy terms
/// (FORMAT.md) and Simplified and Traditional spellings match everywhere (issue #17).
public enum NameKey {
    public static func of(_ name: String) -> String {
        HanFolding.shared.fold(name.precomposedStringWithCompatibilityMapping.lowercased())
    }
}
