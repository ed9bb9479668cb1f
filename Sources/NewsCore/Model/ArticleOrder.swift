/// The order of every date-ordered list: newest first; articles of the same instant by id in
/// natural order, highest first (`issue-407`, `issue-99`, `issue-10`), so a newsletter without
/// dates lists its latest issue first.
public enum ArticleOrder {
    public static func newestFirst(_ lhs: ArticleSummary, _ rhs: ArticleSummary) -> Bool {
        newestFirst(lhs.date, lhs.id, rhs.date, rhs.id)
    }

    public static func newestFirst(_ lhs: Article, _ rhs: Article) -> Bool {
        newestFirst(lhs.date, lhs.id, rhs.date, rhs.id)
    }

    public static func newestFirst(_ lhsDate: ArticleDate, _ lhsID: ArticleID, _ rhsDate: ArticleDate, _ rhsID: ArticleID) -> Bool {
        if lhsDate.instant != rhsDate.instant { return lhsDate.instant > rhsDate.instant }
        return NaturalOrder.compare(lhsID.rawValue, rhsID.rawValue) == .orderedDescending
    }
}

/// Compares texts with their runs of ASCII digits read as numbers (`issue-10` after `issue-9`).
///
/// Foundation's `.numeric` comparison would do this, but bridges through `NSString` on Linux for
/// every pair of a 100k-article sort; this compares the UTF-8 bytes in place.
public enum NaturalOrder {
    public enum Result: Equatable {
        case orderedAscending, orderedSame, orderedDescending
    }

    public static func compare(_ lhs: String, _ rhs: String) -> Result {
        var left = Array(lhs.utf8)[...], right = Array(rhs.utf8)[...]
        while let first = left.first, let second = right.first {
            if isDigit(first), isDigit(second) {
                let leftRun = left.prefix(while: isDigit), rightRun = right.prefix(while: isDigit)
                let leftNumber = leftRun.drop { $0 == 0x30 }, rightNumber = rightRun.drop { $0 == 0x30 }
                if leftNumber.count != rightNumber.count {
                    return leftNumber.count < rightNumber.count ? .orderedAscending : .orderedDescending
                }
                if !leftNumber.elementsEqual(rightNumber) {
                    return leftNumber.lexicographicallyPrecedes(rightNumber) ? .orderedAscending : .orderedDescending
                }
                // Equal numbers: fewer leading zeros first, then carry on after the runs.
                if leftRun.count != rightRun.count {
                    return leftRun.count < rightRun.count ? .orderedAscending : .orderedDescending
                }
                left = left.dropFirst(leftRun.count)
                right = right.dropFirst(rightRun.count)
                continue
            }
            if first != second { return first < second ? .orderedAscending : .orderedDescending }
            left = left.dropFirst()
            right = right.dropFirst()
        }
        if left.isEmpty && right.isEmpty { return .orderedSame }
        return left.isEmpty ? .orderedAscending : .orderedDescending
    }

    private static func isDigit(_ byte: UInt8) -> Bool {
        (0x30...0x39).contains(byte)
    }
}
