import Foundation

/// How article dates are written in lists: a small, validated subset of strftime(3).
///
/// Fields are zero-padded and fixed in width, so a list's date column stays aligned:
/// `%Y` year (4 digits), `%y` year (2), `%m` month, `%d` day, `%H` hour (00–23), `%M` minute,
/// `%S` second, `%z` the article's UTC offset (`+0800`), `%:z` the same with a colon (`+08:00`),
/// `%F` = `%Y-%m-%d`, `%R` = `%H:%M`, `%%` a percent sign. Other text is copied as written.
/// Dates are shown in the offset the article was written in, as everywhere else; a date-only
/// article shows `00:00` as its time.
public struct ArticleDateFormat: Hashable, Sendable, CustomStringConvertible {
    /// One piece of a format: text copied as is, or a field of the date.
    enum Piece: Hashable, Sendable {
        case literal(String)
        case year4, year2, month, day, hour, minute, second, offset, offsetWithColon
    }

    /// Why a format was refused, as a sentence fragment.
    public struct Failure: Error, Equatable, Sendable, CustomStringConvertible {
        public var reason: String
        public var description: String { reason }
    }

    /// The format as written.
    public let pattern: String
    let pieces: [Piece]

    /// `%Y-%m-%d` (`2025-06-25`): what lists showed before formats could be chosen.
    public static let standard = ArticleDateFormat(validated: "%Y-%m-%d")

    /// The widest date a list column gives room to.
    public static let maximumWidth = 32

    public var description: String { pattern }

    private init(validated pattern: String) {
        self.pattern = pattern
        // Only called with patterns known to be valid.
        self.pieces = (try? Self.pieces(of: pattern).get()) ?? []
    }

    /// Reads and checks a format: known fields only, no control characters, at most
    /// ``maximumWidth`` columns once filled in.
    public static func parse(_ pattern: String) -> Result<ArticleDateFormat, Failure> {
        switch pieces(of: pattern) {
        case .failure(let failure):
            return .failure(failure)
        case .success(let pieces):
            let format = ArticleDateFormat(pattern: pattern, pieces: pieces)
            let sample = format.string(for: ArticleDate(instant: Date(timeIntervalSince1970: 0), utcOffsetSeconds: -36_000))
            guard DisplayWidth.of(sample) <= maximumWidth else {
                return .failure(Failure(reason: "a date of more than \(maximumWidth) columns leaves no room for titles"))
            }
            return .success(format)
        }
    }

    private init(pattern: String, pieces: [Piece]) {
        self.pattern = pattern
        self.pieces = pieces
    }

    private static func pieces(of pattern: String) -> Result<[Piece], Failure> {
        guard !pattern.isEmpty else { return .failure(Failure(reason: "an empty format shows no date")) }
        if pattern.unicodeScalars.contains(where: { $0.properties.generalCategory == .control || $0.properties.generalCategory == .format }) {
            return .failure(Failure(reason: "control characters have no place in a date format"))
        }
        var pieces: [Piece] = []
        var literal = ""
        var characters = Substring(pattern)
        while let character = characters.popFirst() {
            guard character == "%" else {
                literal.append(character)
                continue
            }
            guard let field = characters.popFirst() else {
                return .failure(Failure(reason: "the format ends with a lone %"))
            }
            var expanded: [Piece]
            switch field {
            case "%": literal.append("%"); continue
            case "Y": expanded = [.year4]
            case "y": expanded = [.year2]
            case "m": expanded = [.month]
            case "d": expanded = [.day]
            case "H": expanded = [.hour]
            case "M": expanded = [.minute]
            case "S": expanded = [.second]
            case "z": expanded = [.offset]
            case "F": expanded = [.year4, .literal("-"), .month, .literal("-"), .day]
            case "R": expanded = [.hour, .literal(":"), .minute]
            case ":" where characters.first == "z":
                characters.removeFirst()
                expanded = [.offsetWithColon]
            default:
                return .failure(Failure(reason: "unknown field %\(field) (known: %Y %y %m %d %H %M %S %z %:z %F %R %%)"))
            }
            if !literal.isEmpty { pieces.append(.literal(literal)) }
            literal = ""
            pieces += expanded
        }
        if !literal.isEmpty { pieces.append(.literal(literal)) }
        return .success(pieces)
    }

    /// `date` written in this format, in the article's own offset.
    public func string(for date: ArticleDate) -> String {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = date.timeZone
        let parts = calendar.dateComponents([.year, .month, .day, .hour, .minute, .second], from: date.instant)
        func two(_ value: Int?) -> String { String(format: "%02d", value ?? 0) }
        var text = ""
        for piece in pieces {
            switch piece {
            case .literal(let literal): text += literal
            case .year4: text += String(format: "%04d", parts.year ?? 0)
            case .year2: text += two((parts.year ?? 0) % 100)
            case .month: text += two(parts.month)
            case .day: text += two(parts.day)
            case .hour: text += two(parts.hour)
            case .minute: text += two(parts.minute)
            case .second: text += two(parts.second)
            case .offset: text += Self.offsetText(date.utcOffsetSeconds, separator: "")
            case .offsetWithColon: text += Self.offsetText(date.utcOffsetSeconds, separator: ":")
            }
        }
        return text
    }

    private static func offsetText(_ seconds: Int, separator: String) -> String {
        let minutes = abs(seconds) / 60
        return (seconds < 0 ? "-" : "+") + String(format: "%02d", minutes / 60) + separator + String(format: "%02d", minutes % 60)
    }
}
