import NewsCore
import NewsRuntime
import NewsStore

/// `check`'s image warnings: every featured or body image that cannot be shown (missing,
/// outside the library, not an image, broken, too large), naming the article and the image.
/// Remote images are not warned about: they are normal in web articles and never fetched.
enum ImageCheck {
    static func problems(in catalog: LibraryCatalog) -> [Problem] {
        let presenter = ImagePresenter(libraryRoot: catalog.root)
        var problems: [Problem] = []
        // One verdict per reference and folder: a shared cover is decoded once.
        var verdicts: [String: String?] = [:]
        for summary in catalog.summaries {
            guard let article = try? catalog.article(summary.id) else { continue }
            for image in ArticleImage.all(in: article) {
                let key = (image.reference.hasPrefix("/") ? "" : article.path + "\u{0}") + image.reference
                let reason = verdicts[key] ?? presenter.problem(with: image, articlePath: article.path)
                verdicts[key] = reason
                if let reason {
                    problems.append(Problem(path: article.path, severity: .warning, message: "image \(image.reference): \(reason)"))
                }
            }
        }
        return problems
    }
}
