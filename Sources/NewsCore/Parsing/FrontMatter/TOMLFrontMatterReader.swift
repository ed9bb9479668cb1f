import Foundation
import TOMLKit

/// Reads a TOML front matter block (between `+++` lines) into fields with TOMLKit.
///
/// TOMLKit's date-time keeps the written offset, so `2025-06-25T09:10:04+08:00` keeps `+08:00`.
struct TOMLFrontMatterReader {
    /// 1-based file line of the block's first line.
    let firstLine: Int
    private var budget = FrontMatterBudget()

    static func read(_ toml: String, firstLine: Int) -> FrontMatterReading {
        var reader = TOMLFrontMatterReader(firstLine: firstLine)
        return reader.read(toml)
    }

    private init(firstLine: Int) {
        self.firstLine = firstLine
    }

    private mutating func read(_ toml: String) -> FrontMatterReading {
        var reading = FrontMatterReading()
        if let finding = TOMLSafetyCheck.firstUnsafeConstruct(in: toml) {
            reading.diagnostics.append(Diagnostic(line: firstLine + finding.line - 1, severity: .error,
                                                  message: "invalid TOML front matter: \(finding.message)"))
            return reading
        }
        let table: TOMLTable
        do {
            table = try TOMLTable(string: toml)
        } catch let error as TOMLParseError {
            let line = firstLine + max(error.source.begin.line, 1) - 1
            reading.diagnostics.append(Diagnostic(line: line, severity: .error,
                                                  message: "invalid TOML front matter: \(error.description)"))
            return reading
        } catch {
            reading.diagnostics.append(Diagnostic(line: firstLine, severity: .error, message: "invalid TOML front matter"))
            return reading
        }
        // TOMLKit gives no positions for values; the key's line is found in the text instead.
        let keyLines = Self.keyLines(in: toml)
        for (key, value) in zip(table.keys, table.values) {
            reading.fields.append(FrontMatterField(
                key: key, value: convert(value, depth: 1), scalarText: Self.scalarText(of: value),
                line: keyLines[key].map { firstLine + $0 - 1 }))
        }
        if let warning = budget.diagnostic(line: firstLine) { reading.diagnostics.append(warning) }
        return reading
    }

    private mutating func convert(_ value: TOMLValue, depth: Int) -> FrontMatterValue {
        guard budget.spend(depth: depth) else { return .null }
        switch value.type {
        case .string: return value.string.map(FrontMatterValue.string) ?? .null
        case .int: return value.int.map(FrontMatterValue.integer) ?? .null
        case .double: return value.double.map(FrontMatterValue.double) ?? .null
        case .bool: return value.bool.map(FrontMatterValue.bool) ?? .null
        case .date, .dateTime: return Self.articleDate(of: value).map(FrontMatterValue.date) ?? .null
        case .time: return value.time.map { .string(Self.timeText($0)) } ?? .null
        case .array:
            guard let array = value.array else { return .null }
            var values: [FrontMatterValue] = []
            for index in 0..<array.count {
                values.append(convert(array[index].tomlValue, depth: depth + 1))
                if budget.wasExceeded { break }
            }
            return .array(values)
        case .table:
            guard let table = value.table else { return .null }
            var result: [String: FrontMatterValue] = [:]
            for (key, element) in zip(table.keys, table.values) {
                result[key] = convert(element, depth: depth + 1)
                if budget.wasExceeded { break }
            }
            return .table(result)
        }
    }

    /// A TOML date (date-only, offset 0) or date-time; a local date-time is taken as UTC+0, as Hugo
    /// does with its default `timeZone`.
    static func articleDate(of value: TOMLValue) -> ArticleDate? {
        if let date = value.date {
            guard GregorianDayMath.isValid(year: date.year, month: date.month, day: date.day) else { return nil }
            let days = GregorianDayMath.daysSinceEpoch(year: date.year, month: date.month, day: date.day)
            return ArticleDate(instant: Date(timeIntervalSince1970: TimeInterval(days * 86_400)), isDateOnly: true)
        }
        guard let dateTime = value.dateTime,
              GregorianDayMath.isValid(year: dateTime.date.year, month: dateTime.date.month, day: dateTime.date.day)
        else { return nil }
        let days = GregorianDayMath.daysSinceEpoch(year: dateTime.date.year, month: dateTime.date.month, day: dateTime.date.day)
        let offset = (dateTime.offset?.offset ?? 0) * 60
        let time = dateTime.time
        let seconds = days * 86_400 + time.hour * 3_600 + time.minute * 60 + time.second - offset
        let instant = TimeInterval(seconds) + TimeInterval(time.nanoSecond) / 1e9
        return ArticleDate(instant: Date(timeIntervalSince1970: instant), utcOffsetSeconds: offset)
    }

    private static func scalarText(of value: TOMLValue) -> String? {
        switch value.type {
        case .string: return value.string
        case .int: return value.int.map(String.init)
        case .double: return value.double.map { String($0) }
        case .bool: return value.bool.map { String($0) }
        case .time: return value.time.map(timeText)
        case .date, .dateTime, .array, .table: return nil
        }
    }

    private static func timeText(_ time: TOMLTime) -> String {
        String(format: "%02d:%02d:%02d", time.hour, time.minute, time.second)
    }

    /// `text` without surrounding whitespace, then without surrounding quotes.
    private static func bareKey(_ text: Substring) -> String {
        let bytes = Array(text.utf8)
        guard bytes.allSatisfy({ $0 < 0x80 }) else {
            return text.trimmingCharacters(in: .whitespaces).trimmingCharacters(in: CharacterSet(charactersIn: "\"'"))
        }
        // The ASCII members of `CharacterSet.whitespaces` are the space and the tab.
        func trimmed(_ slice: ArraySlice<UInt8>, _ set: [UInt8]) -> ArraySlice<UInt8> {
            guard let first = slice.firstIndex(where: { !set.contains($0) }),
                  let last = slice.lastIndex(where: { !set.contains($0) }) else { return [] }
            return slice[first...last]
        }
        let key = trimmed(trimmed(bytes[...], [0x20, 0x09]), [UInt8(ascii: "\""), UInt8(ascii: "'")])
        return String(decoding: key, as: UTF8.self)
    }

    /// The 1-based line (within the block) of each top-level `key = …` line, for warnings.
    private static func keyLines(in toml: String) -> [String: Int] {
        var lines: [String: Int] = [:]
        var cursor = FrontMatterLineCursor(toml)
        while let line = cursor.current {
            let text = line.text
            if text.first == "[" { break }  // Keys after a `[table]` header belong to that table.
            // On UTF-8 bytes: `=` is ASCII, and stepping through the characters of every long
            // value line (a Chinese summary) was most of this reader's own time.
            if let equals = text.utf8.firstIndex(of: UInt8(ascii: "=")) {
                let key = Self.bareKey(text[..<equals])
                if lines[key] == nil { lines[key] = line.number }
            }
            cursor.moveToNextLine()
        }
        return lines
    }
}
