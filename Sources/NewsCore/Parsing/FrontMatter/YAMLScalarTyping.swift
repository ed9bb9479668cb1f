import Yams

/// Gives an unquoted YAML scalar its type: null, bool, integer, float, timestamp or string.
///
/// Follows the YAML 1.2 core schema (what Hugo's and Hexo's YAML libraries use: `yes`/`no` stay
/// strings), plus the YAML 1.1 timestamp that front matter relies on for `date`. Done by hand
/// rather than with Yams' resolver because Yams turns timestamps into a `Date` without the offset.
enum YAMLScalarTyping {
    static func value(of scalar: Node.Scalar) -> FrontMatterValue {
        let text = scalar.string
        // An explicit `!!str` keeps even `true` or `2025-06-25` as text.
        if scalar.tag.description == Tag.Name.str.rawValue { return .string(text) }
        switch scalar.style {
        case .singleQuoted, .doubleQuoted, .literal, .folded:
            return .string(text)
        case .any, .plain:
            return plainValue(text)
        }
    }

    /// The typed value of a plain (unquoted) scalar.
    static func plainValue(_ text: String) -> FrontMatterValue {
        switch text {
        case "", "~", "null", "Null", "NULL": return .null
        case "true", "True", "TRUE": return .bool(true)
        case "false", "False", "FALSE": return .bool(false)
        case ".inf", ".Inf", ".INF", "+.inf", "+.Inf", "+.INF": return .double(.infinity)
        case "-.inf", "-.Inf", "-.INF": return .double(-.infinity)
        case ".nan", ".NaN", ".NAN": return .double(.nan)
        default: break
        }
        guard let first = text.utf8.first,
              (0x30...0x39).contains(first) || first == UInt8(ascii: "-") || first == UInt8(ascii: "+")
                || first == UInt8(ascii: ".") else { return .string(text) }
        if let integer = integer(text) { return .integer(integer) }
        if isDecimalFloat(text), let double = Double(text) { return .double(double) }
        if let date = FrontMatterDateParser.parse(text, leniency: .yamlTimestamp) { return .date(date) }
        return .string(text)
    }

    /// `[-+]?[0-9]+`, `0o[0-7]+` or `0x[0-9a-fA-F]+`; nil when not one of those or out of range.
    private static func integer(_ text: String) -> Int? {
        if text.hasPrefix("0x") { return Int(text.dropFirst(2), radix: 16) }
        if text.hasPrefix("0o") { return Int(text.dropFirst(2), radix: 8) }
        var digits = Substring(text)
        if digits.first == "-" || digits.first == "+" { digits = digits.dropFirst() }
        guard !digits.isEmpty, digits.utf8.allSatisfy({ (0x30...0x39).contains($0) }) else { return nil }
        return Int(text)
    }

    /// `[-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?`, checked by hand because
    /// `Double.init` also takes `inf`, `nan` and hexadecimal floats.
    private static func isDecimalFloat(_ text: String) -> Bool {
        var bytes = Substring(text).utf8[...]
        if let sign = bytes.first, sign == UInt8(ascii: "-") || sign == UInt8(ascii: "+") { bytes = bytes.dropFirst() }
        let isDigit: (UInt8) -> Bool = { (0x30...0x39).contains($0) }
        let integerDigits = bytes.prefix(while: isDigit).count
        bytes = bytes.dropFirst(integerDigits)
        var fractionDigits = 0
        if bytes.first == UInt8(ascii: ".") {
            bytes = bytes.dropFirst()
            fractionDigits = bytes.prefix(while: isDigit).count
            bytes = bytes.dropFirst(fractionDigits)
        }
        guard integerDigits + fractionDigits > 0 else { return false }
        if let exponent = bytes.first, exponent == UInt8(ascii: "e") || exponent == UInt8(ascii: "E") {
            bytes = bytes.dropFirst()
            if let sign = bytes.first, sign == UInt8(ascii: "-") || sign == UInt8(ascii: "+") { bytes = bytes.dropFirst() }
            let exponentDigits = bytes.prefix(while: isDigit).count
            guard exponentDigits > 0 else { return false }
            bytes = bytes.dropFirst(exponentDigits)
        }
        return bytes.isEmpty
    }
}
