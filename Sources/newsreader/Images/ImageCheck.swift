import Dispatch
import NewsCore
import NewsImages
import NewsRuntime
import NewsStore
import Synchronization

/// `check`'s image warnings: every featured or body image that cannot be shown (missing,
/// outside the library, not an image, broken, too large), naming the article and the image.
/// Remote images are not warned about: they are normal in web articles and never fetched; nor
/// are missing ones here: the index already holds an "image not found" problem for each.
///
/// Images are not in the index, so each article is read again; the articles are spread over
/// the cores, and an image several articles share is verified once.
enum ImageCheck {
    static func problems(in catalog: LibraryCatalog) -> [Problem] {
        let presenter = ImagePresenter(libraryRoot: catalog.root)
        let summaries = catalog.summaries
        let found = Mutex([Int: [Problem]]())
        let verdicts = Mutex([String: String?]())
        DispatchQueue.concurrentPerform(iterations: summaries.count) { index in
            guard let article = try? catalog.article(summaries[index].id) else { return }
            var problems: [Problem] = []
            for image in ArticleImage.all(in: article) {
                // A relative path depends on the article's folder; a site-absolute one does not.
                let key = (image.reference.hasPrefix("/") ? "" : article.path + "\u{0}") + image.reference
                let reason = verdicts.withLock { $0[key] } ?? presenter.problem(with: image, articlePath: article.path)
                verdicts.withLock { $0[key] = reason }
                if let reason, reason != ImageFailure.missing.description {
                    problems.append(Problem(path: article.path, severity: .warning, message: "image \(image.reference): \(reason)"))
                }
            }
            if !problems.isEmpty { found.withLock { $0[index] = problems } }
        }
        return found.withLock { found in found.keys.sorted().flatMap { found[$0]! } }
    }
}
