/// One top-level `key: value` of a front matter block, as a YAML or TOML reader produced it.
struct FrontMatterField {
    var key: String
    var value: FrontMatterValue
    /// The scalar exactly as written (`1.10` stays `1.10`, not the number 1.1), for fields that
    /// newsreader reads as text; nil for lists, tables and nulls.
    var scalarText: String?
    /// 1-based line of the key in the whole file, when known.
    var line: Int?
}
