/// Numbers the links and images of plain output in reading order, as `lynx -dump` does: the
/// body shows `text<3>`, the `链接 Links` list after the article gives URL 3.
///
/// A class because the inline flattener that hands out numbers is a value copied into every
/// block's renderer; one counter per rendering is shared by all of them.
final class LinkNumbering {
    private(set) var entries: [(url: String, kind: ArticleLink.Kind)] = []

    func number(_ url: String, kind: ArticleLink.Kind) -> Int {
        entries.append((url, kind))
        return entries.count
    }
}
