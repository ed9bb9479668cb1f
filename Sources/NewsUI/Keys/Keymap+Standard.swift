/// The default bindings: the key table, with vi/less habits and the arrow keys.
extension Keymap {
    public static let standard: Keymap = {
        var map = Keymap()
        let everywhere = KeyContext.allCases
        let lists: [KeyContext] = [.library, .picker, .linkList, .outline]
        let pages: [KeyContext] = [.reader, .help, .problems]
        let letters: [KeyContext] = [.library, .linkList, .outline]  // pickers take letters as filter text

        map.bind([.character("q")], to: .quit, in: everywhere.filter { $0 != .picker })
        map.bind([.character("Q")], to: .quitNow, in: everywhere.filter { $0 != .picker })
        map.bind([.character("?")], to: .help, in: [.library, .reader, .linkList, .problems, .outline, .image])
        map.bind([.character("!")], to: .showProblems, in: [.library])
        // Ctrl-C arrives as a key when the backend keeps the terminal raw: quit, keeping the place.
        map.bind([.control("c")], to: .quitNow, in: everywhere)

        map.bind([.character("j")], to: .moveDown, in: letters)
        map.bind([.character("k")], to: .moveUp, in: letters)
        map.bind([.down, .control("n")], to: .moveDown, in: lists)
        map.bind([.up, .control("p")], to: .moveUp, in: lists)
        map.bind([.character("g")], to: .moveToTop, in: letters)
        map.bind([.character("G")], to: .moveToBottom, in: letters)
        map.bind([.home], to: .moveToTop, in: lists)
        map.bind([.end], to: .moveToBottom, in: lists)
        map.bind([.character(" ")], to: .pageDown, in: letters)
        map.bind([.pageDown], to: .pageDown, in: lists)
        map.bind([.character("b")], to: .pageUp, in: letters)
        map.bind([.pageUp], to: .pageUp, in: lists)

        map.bind([.tab, .backTab], to: .switchPane, in: [.library])
        map.bind([.enter], to: .openSelection, in: [.library])
        map.bind([.character("t")], to: .pickTag, in: [.library])
        map.bind([.character("T")], to: .pickTopic, in: [.library])
        map.bind([.character("x"), .escape], to: .clearFilters, in: [.library])
        map.bind([.character("/")], to: .searchLibrary, in: [.library])
        map.bind([.character("s")], to: .toggleStar, in: [.library, .reader])
        map.bind([.character("u")], to: .toggleRead, in: [.library, .reader])

        map.bind([.character("j"), .down], to: .scrollDown, in: pages)
        map.bind([.character("k"), .up], to: .scrollUp, in: pages)
        map.bind([.character(" "), .pageDown], to: .scrollPageDown, in: pages)
        map.bind([.character("b"), .pageUp], to: .scrollPageUp, in: pages)
        map.bind([.character("g"), .home], to: .scrollToTop, in: pages)
        map.bind([.character("G"), .end], to: .scrollToBottom, in: pages)

        map.bind([.tab], to: .selectNext, in: [.reader])
        map.bind([.backTab], to: .selectPrevious, in: [.reader])
        map.bind([.enter], to: .followSelection, in: [.reader])
        map.bind([.backspace, .control("o")], to: .jumpBack, in: [.reader, .image])
        map.bind([.character("o")], to: .openURL, in: [.reader, .image])
        map.bind([.enter, .character("o")], to: .openURL, in: [.linkList])
        map.bind([.character("L")], to: .showLinks, in: [.reader])
        map.bind([.character("t")], to: .showOutline, in: [.reader])
        map.bind([.enter], to: .openSelection, in: [.outline])
        map.bind([.backspace], to: .jumpBack, in: [.outline])
        map.bind([.character("y")], to: .copyURL, in: [.reader, .linkList])
        map.bind([.character("/")], to: .searchArticle, in: [.reader])
        map.bind([.character("n")], to: .nextMatch, in: [.reader])
        map.bind([.character("N")], to: .previousMatch, in: [.reader])
        map.bind([.character("J")], to: .nextArticle, in: [.reader])
        map.bind([.character("K")], to: .previousArticle, in: [.reader])

        map.bind([.enter], to: .applyPick, in: [.picker])
        map.bind([.escape], to: .cancel, in: [.reader, .picker, .linkList, .help, .problems, .outline, .image])
        return map
    }()
}
