/// How wide body text may run: the measure (`text_width` in config.toml, `--text-width`).
///
/// The default is 72 columns, 36 Chinese characters a line. Chinese typography sets body text
/// at roughly 30 to 40 characters a line (fewer and sentences break every few words, more and
/// the eye loses its way back to the next line); 36 is the middle of that range, and for Latin
/// text 72 columns sits at the top of the 45–75 characters Western typographers recommend.
public enum TextMeasure {
    public static let defaultColumns = 72
    /// The widest measure a setting may ask for.
    public static let maximumColumns = 1000

    /// The columns body text takes on a screen `available` columns wide: `textWidth`, or all of
    /// them when `textWidth` is 0 or wider than the screen.
    public static func bodyWidth(available: Int, textWidth: Int) -> Int {
        guard textWidth > 0 else { return available }
        return min(available, textWidth)
    }
}
