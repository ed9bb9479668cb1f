import Foundation
import NewsCore
import NewsImages
import NewsReading
import NewsUI
import TOMLKit
import TerminalSeam

/// What reading a configuration file gave: the settings (defaults where the file is silent or
/// wrong) and every finding, errors and warnings, in file order.
public struct ConfigReading: Equatable, Sendable {
    public var configuration: Configuration
    public var diagnostics: [ConfigDiagnostic]

    public var errors: [ConfigDiagnostic] { diagnostics.filter { $0.severity == .error } }
    public var warnings: [ConfigDiagnostic] { diagnostics.filter { $0.severity == .warning } }
}

/// Reads `config.toml` text into a ``Configuration``, collecting every problem with its line and
/// dotted key instead of stopping at the first.
public struct ConfigParser {
    /// The folder `~` stands for.
    public let home: String
    let keyLines: TOMLKeyLines
    public var configuration = Configuration()
    public var diagnostics: [ConfigDiagnostic] = []

    /// Parses `text`; never traps, whatever the text (see ``TOMLSafetyCheck``).
    public static func parse(_ text: String, home: String) -> ConfigReading {
        // toml++ aborts the process on a few invalid shapes (`[数据`, `x = [}`): look first.
        if let finding = TOMLSafetyCheck.firstUnsafeConstruct(in: text) {
            return ConfigReading(configuration: .defaults,
                                 diagnostics: [.error("invalid TOML: \(finding.message)", key: nil, line: finding.line)])
        }
        let table: TOMLTable
        do {
            table = try TOMLTable(string: text)
        } catch let error as TOMLParseError {
            return ConfigReading(configuration: .defaults, diagnostics: [
                .error("invalid TOML: \(error.description)", key: nil, line: max(1, error.source.begin.line)),
            ])
        } catch {
            return ConfigReading(configuration: .defaults, diagnostics: [.error("invalid TOML", key: nil, line: nil)])
        }
        var parser = ConfigParser(home: home, keyLines: TOMLKeyLines(text))
        parser.read(table)
        let ordered = parser.diagnostics.enumerated().sorted {
            ($0.element.line ?? 0, $0.offset) < ($1.element.line ?? 0, $1.offset)
        }.map(\.element)
        return ConfigReading(configuration: parser.configuration, diagnostics: ordered)
    }

    // MARK: - Top level

    private mutating func read(_ table: TOMLTable) {
        for (key, value) in zip(table.keys, table.values) {
            let path = [key]
            switch key {
            case "library": readLibrary(value, at: path)
            case "libraries": readLibraries(value, at: path)
            case "opener": readOpener(value, at: path)
            case "show_drafts": if let flag = boolean(value, at: path) { configuration.showDrafts = flag }
            case "mouse": if let flag = boolean(value, at: path) { configuration.mouse = flag }
            case "date_format": readDateFormat(value, at: path)
            case "keys": readKeys(value, at: path)
            case "theme": readTheme(value, at: path)
            case "ambiguous_width": readAmbiguousWidth(value, at: path)
            case "line_break": readLineBreak(value, at: path)
            case "images": readImages(value, at: path)
            case "breaks": readBreaks(value, at: path)
            case "text_width": readTextWidth(value, at: path)
            default:
                diagnostics.append(ConfigDiagnostic(severity: .warning, line: keyLines.line(of: path),
                                                    key: ConfigKeyPath.text(path), message: "unknown setting, ignored"))
            }
        }
        if case .named(let name) = configuration.library, configuration.libraries[name] == nil {
            fail("no library named \"\(name)\" in [libraries] (a folder must be an absolute path or start with ~/)",
                 at: ["library"])
        }
        let keymap = configuration.keymap
        if keymap.keys(for: .quit, in: .library).isEmpty && keymap.keys(for: .quitNow, in: .library).isEmpty {
            fail("no key is left to quit the library (bind quit or quitNow)", at: ["keys", "library"])
        }
    }

    // MARK: - Library, opener, simple values

    private mutating func readLibrary(_ value: TOMLValue, at path: [String]) {
        guard let text = string(value, at: path) else { return }
        if text == "~" || text.contains("/") {
            if let url = folder(text, at: path) { configuration.library = .folder(url) }
        } else if text.isEmpty {
            fail("an empty library names nothing", at: path)
        } else {
            configuration.library = .named(text)
        }
    }

    private mutating func readLibraries(_ value: TOMLValue, at path: [String]) {
        guard let table = table(value, at: path) else { return }
        for (name, entry) in zip(table.keys, table.values) {
            let entryPath = path + [name]
            guard !name.isEmpty, !name.contains("/") else {
                fail("a library name must be non-empty and hold no / (--library reads a / as a folder)", at: entryPath)
                continue
            }
            if let text = string(entry, at: entryPath), let url = folder(text, at: entryPath) {
                configuration.libraries[name] = url
            }
        }
    }

    private mutating func readOpener(_ value: TOMLValue, at path: [String]) {
        guard let words = strings(value, at: path, example: "[\"firefox\", \"--new-tab\", \"{url}\"]") else { return }
        guard let program = words.first, !program.isEmpty else {
            return fail("needs at least the program to run, e.g. [\"xdg-open\"]", at: path)
        }
        if program.contains(URLOpener.placeholder) {
            return fail("the program itself cannot be the URL: put {url} among its arguments", at: path)
        }
        if words.contains(where: { $0.unicodeScalars.contains { $0.properties.generalCategory == .control } }) {
            return fail("control characters cannot be passed to a program", at: path)
        }
        configuration.opener = words
    }

    private mutating func readDateFormat(_ value: TOMLValue, at path: [String]) {
        guard let text = string(value, at: path) else { return }
        switch ArticleDateFormat.parse(text) {
        case .success(let format): configuration.dateFormat = format
        case .failure(let failure): fail("\(failure.reason) in \"\(text)\"", at: path)
        }
    }

    private mutating func readAmbiguousWidth(_ value: TOMLValue, at path: [String]) {
        guard value.type == .int, let number = value.int else {
            return fail("must be 1 or 2, not \(describe(value))", at: path)
        }
        guard let width = AmbiguousWidth(rawValue: number) else { return fail("must be 1 or 2, not \(number)", at: path) }
        configuration.ambiguousWidth = width
    }

    private mutating func readTextWidth(_ value: TOMLValue, at path: [String]) {
        guard value.type == .int, let number = value.int, (0...TextMeasure.maximumColumns).contains(number) else {
            return fail("must be a number of columns from 0 (the full width) to \(TextMeasure.maximumColumns), not \(describe(value))", at: path)
        }
        configuration.textWidth = number
    }

    private mutating func readLineBreak(_ value: TOMLValue, at path: [String]) {
        guard let text = string(value, at: path) else { return }
        guard let strictness = LineBreaker.Strictness(configName: text) else {
            return fail("must be \"strict\", \"normal\" or \"loose\", not \"\(text)\"", at: path)
        }
        configuration.lineBreak = strictness
    }

    private mutating func readImages(_ value: TOMLValue, at path: [String]) {
        guard let text = string(value, at: path) else { return }
        guard let mode = ImageMode(rawValue: text) else {
            return fail("must be " + ImageMode.allCases.map { "\"\($0.rawValue)\"" }.joined(separator: ", ") + ", not \"\(text)\"", at: path)
        }
        configuration.images = mode
    }

    private mutating func readBreaks(_ value: TOMLValue, at path: [String]) {
        if value.type == .table, let table = table(value, at: path) {
            var values: [String: Bool] = [:]
            for (name, entry) in zip(table.keys, table.values) {
                if let flag = boolean(entry, at: path + [name]) { values[name] = flag }
            }
            configuration.breaks = .byLibrary(values)
        } else if let flag = boolean(value, at: path) {
            configuration.breaks = .all(flag)
        }
    }

    private mutating func readTheme(_ value: TOMLValue, at path: [String]) {
        if value.type == .string, let name = value.string {
            guard let preset = ThemePreset(rawValue: name) else {
                return fail("unknown theme \"\(name)\" (default, light, mono, or a table of styles per role)", at: path)
            }
            configuration.theme = .preset(preset)
            return
        }
        guard value.type == .table, let table = value.table else {
            return fail("must be a theme name or a table of styles per role, not \(describe(value))", at: path)
        }
        var styles: [ThemeRole: RoleStyle] = [:]
        for (name, entry) in zip(table.keys, table.values) {
            let rolePath = path + [name]
            guard let role = ThemeRole(rawValue: name) else {
                let roles = ThemeRole.allCases.map(\.rawValue).joined(separator: ", ")
                fail("unknown role \"\(name)\" (roles: \(roles))", at: rolePath)
                continue
            }
            guard let text = string(entry, at: rolePath) else { continue }
            switch ThemeStyleParser.parse(text) {
            case .success(let style): styles[role] = style
            case .failure(let failure): fail(failure.reason, at: rolePath)
            }
        }
        configuration.theme = .custom(styles)
    }

    // MARK: - Helpers

    mutating func fail(_ message: String, at path: [String]) {
        diagnostics.append(.error(message, key: ConfigKeyPath.text(path), line: keyLines.line(of: path)))
    }

    public mutating func string(_ value: TOMLValue, at path: [String]) -> String? {
        guard value.type == .string, let text = value.string else {
            fail("must be a string, not \(describe(value))", at: path)
            return nil
        }
        return text
    }

    mutating func boolean(_ value: TOMLValue, at path: [String]) -> Bool? {
        guard value.type == .bool, let flag = value.bool else {
            fail("must be true or false, not \(describe(value))", at: path)
            return nil
        }
        return flag
    }

    public mutating func table(_ value: TOMLValue, at path: [String]) -> TOMLTable? {
        guard value.type == .table, let table = value.table else {
            fail("must be a table, not \(describe(value))", at: path)
            return nil
        }
        return table
    }

    /// An array of strings (`example` shows the shape in the message).
    public mutating func strings(_ value: TOMLValue, at path: [String], example: String) -> [String]? {
        guard value.type == .array, let array = value.array else {
            fail("must be an array of strings such as \(example), not \(describe(value))", at: path)
            return nil
        }
        var words: [String] = []
        for index in 0..<array.count {
            let element = array[index].tomlValue
            guard element.type == .string, let word = element.string else {
                fail("must be an array of strings such as \(example); element \(index + 1) is \(describe(element))", at: path)
                return nil
            }
            words.append(word)
        }
        return words
    }

    /// An absolute folder, with a leading `~` expanded to the home folder.
    public mutating func folder(_ text: String, at path: [String]) -> URL? {
        if text == "~" { return URL(fileURLWithPath: home, isDirectory: true) }
        if text.hasPrefix("~/") { return URL(fileURLWithPath: home).appendingPathComponent(String(text.dropFirst(2))) }
        guard text.hasPrefix("/") else {
            fail("\"\(text)\" must be an absolute path or start with ~/", at: path)
            return nil
        }
        return URL(fileURLWithPath: text)
    }

    /// `an integer (3)`, `a string ("x")`: what a value is, for type errors.
    func describe(_ value: TOMLValue) -> String {
        switch value.type {
        case .string:
            // A whole paragraph pasted by mistake must not flood the message.
            let text = value.string ?? ""
            return "a string (\"\(text.count > 40 ? text.prefix(40) + "…" : text)\")"
        case .int: return "an integer (\(value.int.map(String.init) ?? ""))"
        case .double: return "a float (\(value.double.map { String($0) } ?? ""))"
        case .bool: return "a boolean (\(value.bool.map { String($0) } ?? ""))"
        case .date: return "a date"
        case .time: return "a time"
        case .dateTime: return "a date-time"
        case .array: return "an array"
        case .table: return "a table"
        }
    }
}
