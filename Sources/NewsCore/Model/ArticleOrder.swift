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
        // Ties are common (every article of a day): compare the UTF-8 in place, allocating nothing.
        var left = lhs, right = rhs
        return left.withUTF8 { leftBytes in right.withUTF8 { compare(leftBytes, $0) } }
    }

    private static func compare(_ left: UnsafeBufferPointer<UInt8>, _ right: UnsafeBufferPointer<UInt8>) -> Result {
        var leftIndex = 0, rightIndex = 0
        while leftIndex < left.count, rightIndex < right.count {
            let first = left[leftIndex], second = right[rightIndex]
            guard isDigit(first), isDigit(second) else {
                if first != second { return first < second ? .orderedAscending : .orderedDescending }
                leftIndex += 1
                rightIndex += 1
                continue
            }
            let leftRun = digitRun(left, from: leftIndex), rightRun = digitRun(right, from: rightIndex)
            // Numbers compare by length without leading zeros, then digit by digit.
            if leftRun.significant.count != rightRun.significant.count {
                return leftRun.significant.count < rightRun.significant.count ? .orderedAscending : .orderedDescending
            }
            for (leftDigit, rightDigit) in zip(leftRun.significant, rightRun.significant) where leftDigit != rightDigit {
                return leftDigit < rightDigit ? .orderedAscending : .orderedDescending
            }
            // Equal numbers: fewer leading zeros first, then carry on after the runs.
            if leftRun.end - leftIndex != rightRun.end - rightIndex {
                return leftRun.end - leftIndex < rightRun.end - rightIndex ? .orderedAscending : .orderedDescending
            }
            leftIndex = leftRun.end
            rightIndex = rightRun.end
        }
        if leftIndex == left.count && rightIndex == right.count { return .orderedSame }
        return leftIndex == left.count ? .orderedAscending : .orderedDescending
    }

    /// The digits from `start` on: where they end, and the part after leading zeros.
    private static func digitRun(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int)
        -> (end: Int, significant: Slice<UnsafeBufferPointer<UInt8>>) {
        var end = start
        while end < bytes.count, isDigit(bytes[end]) { end += 1 }
        var firstSignificant = start
        while firstSignificant < end, bytes[firstSignificant] == 0x30 { firstSignificant += 1 }
        return (end, bytes[firstSignificant..<end])
    }

    private static func isDigit(_ byte: UInt8) -> Bool {
        (0x30...0x39).contains(byte)
    }
}
