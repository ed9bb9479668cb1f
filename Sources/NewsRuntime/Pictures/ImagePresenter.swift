import Foundation
import NewsCore
import NewsImages
import NewsStore

/// Turns an article's image reference into what the terminal gets: a drawing, or a placeholder
/// `[图片: alt] path` with the reason it could not be drawn (remote, missing, broken, …).
public struct ImagePresenter: Sendable {
    public enum Shown: Equatable, Sendable {
        case drawn(DrawnImage)
        /// `reason` is nil when pictures are off (the placeholder is all that was asked for).
        case placeholder(reason: String?)
    }

    public let locator: ImageLocator
    public let pipeline: ImagePipeline

    public init(libraryRoot: URL, pipeline: ImagePipeline = ImagePipeline()) {
        locator = ImageLocator(resolver: LibraryImages.resolver(libraryRoot: libraryRoot.path))
        self.pipeline = pipeline
    }

    public func show(_ image: ArticleImage, articlePath: String, request: DrawRequest) -> Shown {
        let location: ImageLocator.Location
        switch locator.locate(image.reference, articlePath: articlePath) {
        case .failure(let failure): return .placeholder(reason: failure.description)
        case .success(let found): location = found
        }
        guard case .file(let path) = location else { return .placeholder(reason: ImageFailure.remote.description) }
        guard request.output != .placeholders else { return .placeholder(reason: nil) }
        switch pipeline.draw(path: path, request: request) {
        case .success(let drawn): return .drawn(drawn)
        case .failure(let failure): return .placeholder(reason: failure.description)
        }
    }

    /// Why `image` cannot be shown; nil when it can (or is remote, which is normal in web
    /// articles and never fetched).
    public func problem(with image: ArticleImage, articlePath: String) -> String? {
        switch locator.locate(image.reference, articlePath: articlePath) {
        case .failure(let failure): return failure.description
        case .success(.remote): return nil
        case .success(.file(let path)):
            do {
                try pipeline.verify(path: path)
                return nil
            } catch {
                return error.description
            }
        }
    }

    /// `[图片: alt] path`, plus ` (reason)`, as safe text (alt and path come from the article).
    public static func placeholder(_ image: ArticleImage, reason: String?) -> String {
        let text = "[图片: \(image.alt)] \(image.reference)" + (reason.map { " (\($0))" } ?? "")
        return TerminalText.sanitize(text, lineBreaks: .markers)
    }
}
