import Yams

/// Reads a YAML front matter block into fields with `Yams.compose`.
///
/// The composed `Node`s (not Yams' decoded values) are used so every scalar keeps its raw text:
/// the date's UTC offset survives, and `title: 1.10` stays `1.10`.
struct YAMLFrontMatterReader {
    /// 1-based file line of the block's first line, to turn YAML lines into file lines.
    let firstLine: Int
    private var budget = FrontMatterBudget()
    private var skippedKeyLines: [Int?] = []

    init(firstLine: Int) {
        self.firstLine = firstLine
    }

    /// Plain scalars are typed by ``YAMLScalarTyping``, so Yams' default resolver (up to seven
    /// regular expressions per scalar, most of the YAML time in a profile) is replaced by one
    /// catch-all rule that only marks them as untagged; an explicit `!!str` still reads as `str`.
    private static let resolver: Resolver = {
        guard let resolver = try? Resolver.basic.appending(Tag.Name(rawValue: "tag:newsreader,untagged"), "^") else {
            return .default
        }
        return resolver
    }()

    static func read(_ yaml: String, firstLine: Int) -> FrontMatterReading {
        var reader = YAMLFrontMatterReader(firstLine: firstLine)
        return reader.read(yaml)
    }

    private mutating func read(_ yaml: String) -> FrontMatterReading {
        var reading = FrontMatterReading()
        let root: Node?
        do {
            root = try Yams.compose(yaml: yaml, Self.resolver, .default, .utf8)
        } catch {
            reading.diagnostics.append(diagnostic(for: error, in: yaml))
            return reading
        }
        switch root {
        case nil:
            return reading
        case .scalar(let scalar)? where YAMLScalarTyping.value(of: scalar) == .null:
            return reading
        case .mapping(let mapping)?:
            for (key, value, keyLine) in entries(of: mapping, depth: 1) {
                let text = value.scalar.map(\.string)
                reading.fields.append(FrontMatterField(
                    key: key, value: convert(value, depth: 1), scalarText: text, line: keyLine))
            }
        default:
            reading.diagnostics.append(Diagnostic(
                line: fileLine(root?.mark?.line), severity: .error,
                message: "front matter is not a list of `key: value` fields"))
            return reading
        }
        for line in skippedKeyLines {
            reading.diagnostics.append(Diagnostic(line: line, severity: .warning,
                                                  message: "a front matter key that is a list or table was skipped"))
        }
        if let warning = budget.diagnostic(line: firstLine) { reading.diagnostics.append(warning) }
        return reading
    }

    /// The pairs of a mapping with text keys, applying YAML merge keys (`<<: *defaults`): a key
    /// written in the mapping wins over a merged one.
    private mutating func entries(of mapping: Node.Mapping, depth: Int) -> [(String, Node, Int?)] {
        var written: [(String, Node, Int?)] = []
        var merged: [(String, Node, Int?)] = []
        for (keyNode, value) in mapping {
            guard let key = keyNode.scalar else {
                skippedKeyLines.append(fileLine(keyNode.mark?.line))
                continue
            }
            if key.string == "<<", key.style == .plain || key.style == .any {
                let sources = value.sequence.map(Array.init) ?? [value]
                for case .mapping(let source) in sources where budget.spend(depth: depth) {
                    merged += entries(of: source, depth: depth + 1)
                }
                continue
            }
            written.append((key.string, value, fileLine(key.mark?.line)))
        }
        let writtenKeys = Set(written.map(\.0))
        var seen = Set<String>()
        let inherited = merged.filter { !writtenKeys.contains($0.0) && seen.insert($0.0).inserted }
        return written + inherited
    }

    private mutating func convert(_ node: Node, depth: Int) -> FrontMatterValue {
        guard budget.spend(depth: depth) else { return .null }
        switch node {
        case .scalar(let scalar):
            return YAMLScalarTyping.value(of: scalar)
        case .sequence(let sequence):
            var values: [FrontMatterValue] = []
            for element in sequence {
                values.append(convert(element, depth: depth + 1))
                if budget.wasExceeded { break }
            }
            return .array(values)
        case .mapping(let mapping):
            var table: [String: FrontMatterValue] = [:]
            for (key, value, _) in entries(of: mapping, depth: depth + 1) where table[key] == nil {
                table[key] = convert(value, depth: depth + 1)
                if budget.wasExceeded { break }
            }
            return .table(table)
        case .alias:
            // Yams resolves aliases while composing; an unresolved one has no value to show.
            return .null
        }
    }

    /// A YAML line (1-based within the block) as a line of the file.
    private func fileLine(_ yamlLine: Int?) -> Int? {
        yamlLine.map { firstLine + max($0, 1) - 1 }
    }

    /// An error diagnostic from a Yams error, with the line it names where it names one.
    private func diagnostic(for error: any Error, in yaml: String) -> Diagnostic {
        guard let yamlError = error as? YamlError else {
            return Diagnostic(line: firstLine, severity: .error, message: "invalid YAML front matter")
        }
        switch yamlError {
        case .scanner(_, let problem, let mark, _), .parser(_, let problem, let mark, _),
             .composer(_, let problem, let mark, _):
            // libyaml stops at 1,000 levels with a message about its own API; say it plainly.
            let reason = problem.contains("nesting level") ? "nested too deeply" : problem
            return Diagnostic(line: fileLine(mark.line), severity: .error, message: "invalid YAML front matter: \(reason)")
        case .reader(let problem, let offset, _, _):
            let line = offset.map { characterOffset in
                1 + yaml.prefix(characterOffset).utf8.lazy.filter { $0 == 0x0A }.count
            }
            return Diagnostic(line: fileLine(line) ?? firstLine, severity: .error,
                              message: "invalid YAML front matter: \(problem)")
        case .duplicatedKeysInMapping(let duplicates, let context):
            let keys = duplicates.map { "'\($0)'" }.joined(separator: ", ")
            return Diagnostic(line: fileLine(context.mark.line), severity: .error,
                              message: "invalid YAML front matter: duplicate key \(keys)")
        default:
            return Diagnostic(line: firstLine, severity: .error, message: "invalid YAML front matter")
        }
    }
}
