import Foundation

/// Links to `#id` that lead nowhere: no heading (by Hugo's id) and no element has that id.
enum InPageLinkCheck {
    static func diagnostics(for blocks: [Block]) -> [Diagnostic] {
        var ids: Set<String> = []
        var fragments: [String] = []
        var headings: [[Inline]] = []
        var pending: [Block] = blocks.reversed()
        while let block = pending.popLast() {
            switch block {
            case .heading(_, let content):
                headings.append(content)
                scan(content, ids: &ids, fragments: &fragments)
            case .paragraph(let content):
                scan(content, ids: &ids, fragments: &fragments)
            case .blockQuote(let inner):
                pending += inner.reversed()
            case .list(let list):
                pending += list.items.flatMap { $0 }.reversed()
            case .table(let table):
                for row in [table.header] + table.rows { row.forEach { scan($0, ids: &ids, fragments: &fragments) } }
            case .codeBlock, .htmlBlock, .thematicBreak:
                break
            }
        }
        // Most articles link to no `#id`: then the headings' ids (slugging each) are never needed.
        guard !fragments.isEmpty else { return [] }
        var registry = HeadingID.Registry()
        for content in headings {
            if case .anchor? = content.first {} else { ids.insert(registry.unique(HeadingID.slug(content.plainText))) }
        }
        var reported: Set<String> = []
        // The reader also finds a target whose id slugs the same (`#使用Git更新` → `使用git更新`).
        // So does a Hexo-style link (`#list-posts` for `### list_posts`).
        let slugs = Set(ids.map(HeadingID.slug)), hexoSlugs = Set(slugs.map(HeadingID.hexoForm))
        return fragments.compactMap { fragment in
            let id = String(fragment.dropFirst())
            let decoded = id.removingPercentEncoding ?? id
            guard !id.isEmpty, !ids.contains(id), !ids.contains(decoded), !slugs.contains(HeadingID.slug(decoded)),
                  !hexoSlugs.contains(HeadingID.hexoForm(HeadingID.slug(decoded))),
                  reported.insert(id).inserted else { return nil }
            return Diagnostic(line: nil, severity: .warning, message: "link to `\(fragment)` has no target in the article")
        }
    }

    /// Collects the anchors and the `#` links of `inlines`, at any depth, in reading order.
    private static func scan(_ inlines: [Inline], ids: inout Set<String>, fragments: inout [String]) {
        Inline.walk(inlines) { inline in
            switch inline {
            case .anchor(let id): ids.insert(id)
            case .link(let destination, _, _) where destination.hasPrefix("#"): fragments.append(destination)
            default: break
            }
        }
    }
}
