/// The Markdown that a known single shortcode stands for.
enum ShortcodeMeaning {
    /// The scheme of an internal link made from `ref`, `relref` or `post_link`: the reader
    /// resolves the target to an article of the library.
    static let internalScheme = "ref:"

    /// An image shortcode's Markdown: the image, and its caption (Markdown) when that says more
    /// than the image's alt text.
    struct Image {
        var image: String
        var caption: String?
    }

    /// `figure`, `img`, `image`, `screenshot` (Congo) (Hugo), `asset_img`, `img` (Hexo) →
    /// `![alt](src)`: the alt is `alt`, else the caption's text, as Hugo's `figure` does; the
    /// caption (Markdown, links and all) comes after the image.
    static func image(_ tag: ShortcodeTag) -> Image? {
        let source: String?, alt: String?
        var caption: String?
        switch (tag.syntax, tag.name) {
        case (.hexo, "asset_img"), (.hexo, "img"):
            // `{% asset_img [class names] slug [width] [height] [title text [alt text]] %}`: the
            // source is the first word that looks like a path; words after the numbers are the title.
            var words = tag.positional[...]
            while let first = words.first, words.count > 1, !looksLikePath(first) { words.removeFirst() }
            source = words.first
            var rest = words.dropFirst()
            while let first = rest.first, Int(first) != nil { rest.removeFirst() }
            alt = tag.named["title"] ?? (rest.isEmpty ? nil : rest.joined(separator: " "))
        case (.hexo, _):
            return nil
        case (_, "figure"), (_, "img"), (_, "image"), (_, "screenshot"):
            source = tag.argument("src", at: 0)
            caption = tag.named["caption"] ?? tag.named["title"]
            alt = tag.named["alt"] ?? caption.map(MarkdownPlainText.plain)
        default:
            return nil
        }
        guard let source, !source.isEmpty else { return nil }
        if let shown = caption, shown.trimmedWhitespace.isEmpty || shown == alt { caption = nil }
        return Image(image: "![\(MarkdownEscaping.text(alt ?? ""))](\(MarkdownEscaping.destination(source)))",
                     caption: caption.map(MarkdownEscaping.inline))
    }

    private static func looksLikePath(_ word: String) -> Bool {
        word.contains(".") || word.contains("/")
    }

    /// `ref`/`relref` → `ref:target` where a destination is expected, else `[target](ref:target)`;
    /// Hexo `post_link slug [title]`, `link text url`, `asset_link path [title]`, `asset_path`.
    static func link(_ tag: ShortcodeTag, isDestination: Bool) -> String? {
        switch (tag.syntax, tag.name) {
        case (.hexo, "post_link"), (.hexo, "post_path"):
            guard let slug = tag.positional.first else { return nil }
            let target = internalScheme + slug
            if tag.name == "post_path" || isDestination { return encoded(target) }
            // `{% post_link slug [title] [escape] %}`: with `false` the title may hold HTML.
            var words = tag.positional.dropFirst()
            var escapesTitle = true
            if let flag = words.last, flag == "true" || flag == "false" {
                escapesTitle = flag == "true"
                words.removeLast()
            }
            let title = words.joined(separator: " ")
            let text = title.isEmpty ? MarkdownEscaping.text(slug) : escapesTitle ? MarkdownEscaping.text(title) : MarkdownEscaping.html(title)
            return "[\(text)](\(MarkdownEscaping.destination(target)))"
        case (.hexo, "link"):
            guard tag.positional.count >= 2, let url = tag.positional.first(where: { $0.contains("://") || $0.hasPrefix("/") }) else {
                return nil
            }
            let text = tag.positional.filter { $0 != url && $0 != "true" && $0 != "false" }.joined(separator: " ")
            return "[\(MarkdownEscaping.text(text.isEmpty ? url : text))](\(MarkdownEscaping.destination(url)))"
        case (.hexo, "asset_link"):
            guard let path = tag.positional.first else { return nil }
            let title = tag.positional.dropFirst().joined(separator: " ")
            return "[\(MarkdownEscaping.text(title.isEmpty ? path : title))](\(MarkdownEscaping.destination(path)))"
        case (.hexo, "asset_path"):
            return tag.positional.first.map(encoded)
        case (.hexo, _):
            return nil
        case (_, "ref"), (_, "relref"):
            guard let path = tag.argument("path", at: 0), !path.isEmpty else { return nil }
            let target = internalScheme + path
            if isDestination { return encoded(target) }
            return "[\(MarkdownEscaping.text(path))](\(MarkdownEscaping.destination(target)))"
        default:
            return nil
        }
    }

    /// A quote's attribution line, `— author, source`, the source a link when a URL is given:
    /// Hexo's `{% blockquote [author[, source]] [link] [source_link_title] %}`, or the named
    /// arguments `author`, `source`, `link`/`url`, `title` (Hugo themes).
    static func attribution(_ tag: ShortcodeTag) -> String? {
        var author = tag.named["author"], source = tag.named["source"] ?? tag.named["cite"]
        var link = tag.named["link"] ?? tag.named["url"], linkTitle = tag.named["title"]
        if tag.syntax == .hexo, !tag.positional.isEmpty {
            let words = tag.positional
            if let linkIndex = words.firstIndex(where: { $0.contains("://") }) {
                link = words[linkIndex]
                author = words[..<linkIndex].joined(separator: " ")
                linkTitle = words[(linkIndex + 1)...].joined(separator: " ")
            } else {
                let written = words.joined(separator: " ")
                let parts = written.split(separator: ",", maxSplits: 1)
                author = parts.first.map { String($0.trimmedWhitespace) }
                source = parts.count > 1 ? String(parts[1].trimmedWhitespace) : nil
            }
        }
        var shown: [String] = []
        if let author, !author.isEmpty { shown.append(MarkdownEscaping.text(author)) }
        if let link, !link.isEmpty {
            let title = linkTitle.flatMap { $0.isEmpty ? nil : $0 } ?? source ?? shortened(link)
            shown.append("[\(MarkdownEscaping.text(title))](\(MarkdownEscaping.destination(link)))")
        } else if let source, !source.isEmpty {
            shown.append(MarkdownEscaping.text(source))
        }
        return shown.isEmpty ? nil : "— " + shown.joined(separator: ", ")
    }

    /// The line above a Hexo code block: `{% codeblock [title] [lang:language] [url] [link text]
    /// [option:value…] %}` shows its title, then its URL as a link.
    static func codeCaption(_ tag: ShortcodeTag) -> String? {
        guard tag.syntax == .hexo, tag.name == "codeblock" || tag.name == "code" else { return nil }
        let words = tag.positional.filter { $0.contains("://") || !$0.contains(":") }
        guard !words.isEmpty else { return nil }
        guard let linkIndex = words.firstIndex(where: { $0.contains("://") }) else {
            return MarkdownEscaping.text(words.joined(separator: " "))
        }
        let link = words[linkIndex]
        let linkText = words[(linkIndex + 1)...].joined(separator: " ")
        let shown = "[\(MarkdownEscaping.text(linkText.isEmpty ? shortened(link) : linkText))](\(MarkdownEscaping.destination(link)))"
        let title = words[..<linkIndex].joined(separator: " ")
        return title.isEmpty ? shown : MarkdownEscaping.text(title) + " " + shown
    }

    /// A URL without its scheme, as a link's text.
    private static func shortened(_ url: String) -> String {
        guard let scheme = url.range(of: "://") else { return url }
        return String(url[scheme.upperBound...])
    }

    /// A destination written bare inside `(…)`: spaces and parentheses percent-encoded.
    private static func encoded(_ target: String) -> String {
        var result = ""
        for scalar in target.unicodeScalars {
            switch scalar {
            case " ": result += "%20"
            case "(": result += "%28"
            case ")": result += "%29"
            case "<": result += "%3C"
            case ">": result += "%3E"
            case "\n", "\r", "\t": continue
            default: result.unicodeScalars.append(scalar)
            }
        }
        return result
    }

    /// `youtube bilibili vimeo tweet gist video audio iframe …` → `\[视频\] [URL](URL)`.
    static func mediaLine(_ tag: ShortcodeTag) -> String? {
        guard let (label, url) = media(tag), !url.isEmpty else { return nil }
        return "\\[\(label)\\] [\(MarkdownEscaping.text(url))](\(MarkdownEscaping.destination(url)))"
    }

    private static func media(_ tag: ShortcodeTag) -> (label: String, url: String)? {
        let first = tag.argument("id", at: 0) ?? ""
        switch tag.name {
        case "youtube", "youtube_nocookie":
            return ("视频", first.contains("://") ? first : "https://www.youtube.com/watch?v=" + first)
        case "bilibili":
            let id = tag.argument("bvid") ?? tag.argument("id", at: 0) ?? ""
            return ("视频", id.contains("://") ? id : "https://www.bilibili.com/video/" + id)
        case "vimeo", "vimeo_simple":
            return ("视频", first.contains("://") ? first : "https://vimeo.com/" + first)
        case "tiktok":
            return ("视频", tag.argument("url", at: 0) ?? first)
        case "video", "iframe", "jsfiddle":
            return ("视频", tag.argument("src", at: 0) ?? tag.argument("url") ?? "")
        case "audio":
            return ("音频", tag.argument("src", at: 0) ?? tag.argument("url") ?? "")
        case "tweet", "x", "twitter", "twitter_simple", "x_simple":
            let user = tag.named["user"], id = tag.named["id"] ?? tag.positional.last ?? ""
            if id.contains("://") { return ("推文", id) }
            return ("推文", "https://twitter.com/\(user ?? tag.positional.dropLast().first ?? "i/web")/status/\(id)")
        case "gist":
            if tag.syntax == .hexo { return ("Gist", "https://gist.github.com/" + first) }
            let parts = tag.positional.prefix(2)
            return ("Gist", "https://gist.github.com/" + parts.joined(separator: "/"))
        case "instagram":
            return ("图片", "https://www.instagram.com/p/" + first)
        default:
            return nil
        }
    }
}
