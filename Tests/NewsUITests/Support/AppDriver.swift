import NewsCore
import Testing
@testable import NewsUI

/// Drives a ``NewsApp`` the way the runtime does, collecting effects, for short tests.
struct AppDriver {
    var app: NewsApp

    /// An app of `width`×`height` with the fixture library loaded.
    init(width: Int = 80, height: Int = 24, snapshot: LibrarySnapshot = Fixtures.snapshot()) {
        app = NewsApp(width: width, height: height)
        _ = app.update(.resized(width: width, height: height))
        _ = app.update(.libraryLoaded(snapshot))
    }

    /// Presses keys in order; returns every effect they asked for.
    @discardableResult
    mutating func press(_ keys: KeyEvent...) -> [Effect] {
        keys.flatMap { app.update(.key($0)) }
    }

    /// Types text, one character at a time (as `get_wch` delivers an input method's text).
    @discardableResult
    mutating func type(_ text: String) -> [Effect] {
        text.flatMap { app.update(.key(.character($0))) }
    }

    @discardableResult
    mutating func send(_ msg: Msg) -> [Effect] { app.update(msg) }

    /// Opens the highlighted article of the list, answering `loadArticle` with `article`.
    @discardableResult
    mutating func open(_ article: Article = Fixtures.scaleArticle) -> [Effect] {
        let asked = press(.enter)
        #expect(asked == [.loadArticle(article.id)])
        return app.update(.articleLoaded(article))
    }

    /// The fixture library with the CJK article opened.
    static func reading(width: Int = 80, height: Int = 24) -> AppDriver {
        var driver = AppDriver(width: width, height: height)
        driver.open()
        return driver
    }

    /// The last line that can be at the top of the reader.
    var maxTop: Int { article!.maxTop(page: ArticleScreen.page(app.shared)) }

    var lines: [String] { app.render().lines }
    /// The screen on top, by its key context.
    var screen: KeyContext? { app.topContext }
    /// The topmost open screen of type `type`, if any.
    func opened<S: Screen>(_ type: S.Type) -> S? { app.stack.last { $0 is S } as? S }
    var article: ArticleScreen? { opened(ArticleScreen.self) }
    var library: LibraryScreen? { opened(LibraryScreen.self) }
    var picker: PickerOverlay? { opened(PickerOverlay.self) }
    var status: String { lines.last ?? "" }
}

/// Compares screen text with a multi-line literal, printing both on failure.
func expectScreen(_ buffer: ScreenBuffer, _ expected: String, sourceLocation: SourceLocation = #_sourceLocation) {
    let actual = buffer.lines
    var wanted = expected.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    while wanted.count < actual.count { wanted.append("") }
    if actual != wanted {
        let diff = zip(wanted, actual).enumerated().filter { $0.element.0 != $0.element.1 }
            .map { "row \($0.offset):\n  expected: \($0.element.0)\n  actual:   \($0.element.1)" }
        Issue.record("screen differs:\n\(diff.joined(separator: "\n"))\n--- actual ---\n\(actual.joined(separator: "\n"))",
                     sourceLocation: sourceLocation)
    }
}
