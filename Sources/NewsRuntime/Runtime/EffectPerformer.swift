import NewsCore
import NewsImages
import NewsStore
import NewsUI

/// Performs the ``Effect``s the pure UI returns and turns their results into ``Msg``s.
///
/// Every failure becomes a message for the status line; nothing here throws or prints, since the
/// terminal belongs to curses while the reader runs.
public struct EffectPerformer {
    /// At most this many library search hits reach the list.
    static let searchLimit = 5_000

    public let library: any LibrarySource
    public let opener: URLOpener
    /// Draws pictures in the background; nil when pictures are off.
    public var pictures: PictureWorker?

    public init(library: any LibrarySource, opener: URLOpener, pictures: PictureWorker? = nil) {
        self.library = library
        self.opener = opener
        self.pictures = pictures
    }

    /// What performing one effect gave.
    public enum Outcome: Equatable {
        /// Feed this answer back to `update`.
        case reply(Msg)
        /// Nothing to say.
        case done
        /// The user asked to leave.
        case quit
        /// Ask the terminal to put this text on the clipboard, then answer `clipboardCopied`.
        case writeClipboard(String)
    }

    func perform(_ effect: Effect) -> Outcome {
        switch effect {
        case .quit:
            return .quit
        case .loadArticle(let id):
            do {
                return .reply(.articleLoaded(try library.article(id)))
            } catch {
                return .reply(.articleLoadFailed(id, reason: describe(error)))
            }
        case .openURL(let url):
            switch opener.open(url) {
            case .success(let name): return .reply(.urlOpened(url, opener: name))
            case .failure(let failure): return .reply(.urlOpenFailed(url, reason: failure.reason))
            }
        case .openImage(let articlePath, let reference):
            return openImage(reference, articlePath: articlePath)
        case .copyToClipboard(let url):
            // The same check as opening: a pasted URL with a hidden newline or bidi override
            // could run or show something else in the program it is pasted into.
            if url.unicodeScalars.contains(where: TerminalText.isUnsafe) {
                return .reply(.clipboardFailed(url, reason: "it contains control, bidi formatting or unassigned characters"))
            }
            return .writeClipboard(url)
        case .searchLibrary(let query):
            do {
                // The list shows every hit (the UI applies its other filters to them), so no
                // small limit: a common word plus a tag must still find that tag's articles.
                // A first build fills the search index in the background; waiting for it here would
                // freeze the screen and the keys for a minute at 100k articles, so the search covers
                // what is searchable now and says how much that is (the app searches again once done).
                let (hits, coverage) = try library.searchNow(query, options: SearchOptions(limit: Self.searchLimit))
                return .reply(.searchFinished(query: query, results: hits.map {
                    SearchResult(id: $0.id, snippet: $0.snippet, highlights: $0.highlights)
                }, coverage: coverage))
            } catch {
                return .reply(.searchFailed(query: query, reason: describe(error)))
            }
        case .setRead(let id, let read):
            return recording("cannot save the read mark") { try library.setRead(read, for: id) }
        case .setStarred(let id, let starred):
            return recording("cannot save the star") { try library.setStarred(starred, for: id) }
        case .savePosition(let id, let position):
            return recording("cannot save the reading position") { try library.savePosition(position, for: id) }
        case .drawPicture(let request):
            // Answered later: the loop collects finished pictures from the worker.
            pictures?.submit(request)
            return .done
        }
    }

    /// A local image opens when it lies inside the library or its site folder (``ImageLocator``
    /// refuses anything else); a remote one opens as a link, under the URL policy.
    private func openImage(_ reference: String, articlePath: String) -> Outcome {
        let locator = ImageLocator(resolver: LibraryImages.resolver(libraryRoot: library.root.path))
        let result: Result<String, URLOpener.OpenFailure>
        switch locator.locate(reference, articlePath: articlePath) {
        case .failure(let failure): result = .failure(URLOpener.OpenFailure(reason: failure.description))
        case .success(.remote(let url)): result = opener.open(url)
        case .success(.file(let path)): result = opener.openLocalImage(atPath: path)
        }
        switch result {
        case .success(let name): return .reply(.urlOpened(reference, opener: name))
        case .failure(let failure): return .reply(.urlOpenFailed(reference, reason: failure.reason))
        }
    }

    /// True for effects that only record the user's marks: the ones still worth performing
    /// while the reader is being terminated by a signal.
    static func isStateWrite(_ effect: Effect) -> Bool {
        switch effect {
        case .setRead, .setStarred, .savePosition: return true
        default: return false
        }
    }

    private func recording(_ what: String, _ write: () throws -> Void) -> Outcome {
        do {
            try write()
            return .done
        } catch {
            return .reply(.notice("\(what): \(describe(error))"))
        }
    }

    private func describe(_ error: any Error) -> String {
        String(describing: error)
    }
}
