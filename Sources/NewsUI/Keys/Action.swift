/// Something the user can ask for with a key, named for what they want (newsboat's operations).
///
/// The raw values are stable names: the configuration file binds keys to them
/// (`[keys.reader]` `selectNext = ["tab", "ctrl-n"]`), so renaming a case breaks users' files.
public enum Action: String, CaseIterable, Hashable, Sendable {
    // MARK: - Everywhere
    case quit
    case quitNow
    case help
    case showProblems

    // MARK: - Lists (library, pickers, link list)
    case moveDown
    case moveUp
    case pageDown
    case pageUp
    case moveToTop
    case moveToBottom

    // MARK: - Library
    case switchPane
    case openSelection
    case pickTag
    case pickTopic
    case clearFilters
    case searchLibrary
    case toggleStar
    case toggleRead

    // MARK: - Reader
    case scrollDown
    case scrollUp
    case scrollPageDown
    case scrollPageUp
    case scrollToTop
    case scrollToBottom
    case selectNext
    case selectPrevious
    case followSelection
    case jumpBack
    case openURL
    /// Copy the selected URL to the clipboard (OSC 52).
    case copyURL
    case showLinks
    case showOutline
    case searchArticle
    case nextMatch
    case previousMatch
    case nextArticle
    case previousArticle

    // MARK: - Pickers, and closing a screen
    case applyPick
    case cancel

    /// One line for the help screen.
    public var summary: String {
        switch self {
        case .quit: return "back one screen; quit from the library"
        case .quitNow: return "quit at once (the place in an open article is kept)"
        case .help: return "this help"
        case .showProblems: return "files the library could not read, and why"
        case .moveDown: return "move down"
        case .moveUp: return "move up"
        case .pageDown: return "page down"
        case .pageUp: return "page up"
        case .moveToTop: return "go to the first entry"
        case .moveToBottom: return "go to the last entry"
        case .switchPane: return "switch between the facet pane and the article list"
        case .openSelection: return "facet pane: apply that topic/tag; list: open the article"
        case .pickTag: return "pick a tag (type to filter)"
        case .pickTopic: return "pick a topic (type to filter)"
        case .clearFilters: return "clear all filters"
        case .searchLibrary: return "search titles, summaries, tags and bodies"
        case .toggleStar: return "star or unstar the article"
        case .toggleRead: return "mark the article read or unread"
        case .scrollDown: return "scroll down one line"
        case .scrollUp: return "scroll up one line"
        case .scrollPageDown: return "scroll down one page"
        case .scrollPageUp: return "scroll up one page"
        case .scrollToTop: return "go to the top"
        case .scrollToBottom: return "go to the bottom"
        case .selectNext: return "select the next footnote reference, link or image"
        case .selectPrevious: return "select the previous footnote reference, link or image"
        case .followSelection: return "follow the selection; an image shows full screen"
        case .jumpBack: return "jump back to where you were"
        case .copyURL: return "copy the selected URL to the clipboard (OSC 52)"
        case .openURL: return "open the selected citation's URL, link or image"
        case .showLinks: return "list every citation and link"
        case .showOutline: return "list the headings (outline) to jump to one"
        case .searchArticle: return "search in the article"
        case .nextMatch: return "next match"
        case .previousMatch: return "previous match"
        case .nextArticle: return "next article of the list"
        case .previousArticle: return "previous article of the list"
        case .applyPick: return "apply the highlighted entry"
        case .cancel: return "close, cancel or clear"
        }
    }

    /// A word or two for the status line's key hints.
    var hint: String {
        switch self {
        case .quit: return "back"
        case .help: return "help"
        case .searchLibrary, .searchArticle: return "search"
        case .pickTag: return "tags"
        case .pickTopic: return "topics"
        case .openSelection: return "open"
        case .switchPane: return "pane"
        case .clearFilters: return "clear"
        case .selectNext: return "select"
        case .followSelection: return "follow"
        case .jumpBack: return "back"
        case .openURL: return "open URL"
        case .copyURL: return "copy"
        case .showLinks: return "links"
        case .showOutline: return "outline"
        case .applyPick: return "apply"
        case .cancel: return "cancel"
        case .toggleStar: return "star"
        case .moveDown: return "down"
        case .moveUp: return "up"
        case .scrollDown, .scrollPageDown: return "down"
        case .scrollUp, .scrollPageUp: return "up"
        default: return rawValue
        }
    }
}
