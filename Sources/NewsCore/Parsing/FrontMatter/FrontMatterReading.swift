/// What a YAML or TOML reader returns: the fields in the order written, and its problems.
struct FrontMatterReading {
    var fields: [FrontMatterField] = []
    var diagnostics: [Diagnostic] = []
}
